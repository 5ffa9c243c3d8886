using System.CommandLine;
using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;

namespace OpenRem.Web.Cli;

/// <summary>The arguments and options every <c>dicom</c> subcommand shares: HOST, PORT, --aet, --calling; and the query ones.</summary>
internal sealed class DicomPeerArguments
{
    public const string DefaultCallingAE = "OPENREM";

    public Argument<string> Host { get; } = new("HOST") { Description = "Host name or address of the peer." };

    public Argument<int> Port { get; } = new("PORT") { Description = "TCP port of the peer." };

    public Option<string> CalledAE { get; } = new("--aet") { Description = "AE title of the peer (the called AE).", Required = true };

    public Option<string> CallingAE { get; } = new("--calling") { Description = "Our AE title (the calling AE).", DefaultValueFactory = _ => DefaultCallingAE };

    public Option<string> Level { get; } = new Option<string>("--level") { Description = "Query/retrieve level.", Required = true }.AcceptOnlyFromAmong("PATIENT", "STUDY", "SERIES", "IMAGE");

    public Option<string[]> Keys { get; } = new("-k", "--key")
    {
        Description = "A key as KEYWORD=VALUE or (gggg,eeee)=VALUE; an empty value asks for the attribute (e.g. -k StudyDate=20100405-20100406 -k SeriesInstanceUID=).",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddPeerTo(Command command)
    {
        command.Add(Host);
        command.Add(Port);
        command.Add(CalledAE);
        command.Add(CallingAE);
    }

    public void AddQueryTo(Command command)
    {
        command.Add(Level);
        command.Add(Keys);
    }

    public IDicomClient CreateClient(ParseResult parseResult) =>
        DicomClientFactory.Create(
            parseResult.GetRequiredValue(Host),
            parseResult.GetRequiredValue(Port),
            useTls: false,
            parseResult.GetRequiredValue(CallingAE),
            parseResult.GetRequiredValue(CalledAE));

    public string Describe(ParseResult parseResult) =>
        $"{parseResult.GetRequiredValue(CalledAE)} at {parseResult.GetRequiredValue(Host)}:{parseResult.GetRequiredValue(Port)}";

    public DicomQueryRetrieveLevel GetLevel(ParseResult parseResult) =>
        DicomQueryRetrieveLevelText.TryParse(parseResult.GetRequiredValue(Level), out var level) ? level : DicomQueryRetrieveLevel.Study;

    /// <summary>Adds the -k keys to <paramref name="identifier"/>; returns an error text for the first key that cannot be used.</summary>
    public string? AddKeys(ParseResult parseResult, DicomDataset identifier)
    {
        foreach (var key in parseResult.GetValue(Keys) ?? [])
        {
            var equals = key.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? key : key[..equals];
            var value = equals < 0 ? string.Empty : key[(equals + 1)..];
            if (!DicomDictionary.Default.TryGetTag(name, out var tag) && !DicomTag.TryParse(name, out tag))
            {
                return $"unknown key \"{name}\": give a keyword such as StudyDate or a tag such as (0008,0020)";
            }

            try
            {
                identifier.AddOrUpdate(tag, value);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or DicomDataException)
            {
                return $"the value \"{value}\" does not suit {name}: {e.Message}";
            }
        }

        return null;
    }
}
