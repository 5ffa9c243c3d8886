using System.CommandLine;
using OpenRem.Dicom;
using OpenRem.Dicom.Serialization;

namespace OpenRem.Web.Cli;

/// <summary>
/// <c>dump [--json] FILE...</c>: for each file, a readable listing like dcmdump's, or with <c>--json</c> one line
/// holding the DICOM JSON model of the dataset (meta group excluded, binary values inline). A file that cannot
/// be read gives one error line naming the file and the byte offset; the other files are still dumped, and the
/// exit code is 1.
/// </summary>
internal sealed class DumpVerb : ICliVerb
{
    public Command CreateCommand()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "DICOM files (Part 10, or bare datasets).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print each dataset as one line of DICOM JSON (PS3.18 Annex F)." };
        var command = new Command("dump", "Print the contents of DICOM files.") { files, json };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var asJson = parseResult.GetValue(json);
            var failures = 0;
            foreach (var file in parseResult.GetRequiredValue(files))
            {
                if (!TryDump(file.FullName, asJson, output, error))
                {
                    failures++;
                }
            }

            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    private static bool TryDump(string path, bool asJson, TextWriter output, TextWriter error)
    {
        DicomFile file;
        try
        {
            file = DicomFile.Open(path);
        }
        catch (DicomFileException e)
        {
            error.WriteLine($"dump: {e.Message}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"dump: {path}: cannot be read: {e.Message} (at byte offset 0)");
            return false;
        }

        if (asJson)
        {
            output.WriteLine(DicomJsonWriter.Serialize(file.Dataset));
        }
        else
        {
            output.WriteLine($"# File: {path}");
            DicomDumpWriter.Write(output, file);
            output.WriteLine();
        }

        return true;
    }
}
