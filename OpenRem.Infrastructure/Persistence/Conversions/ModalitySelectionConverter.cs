using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>Stores a <see cref="ModalitySelection"/> as its group names separated by commas, for example <c>Ct,Mammography</c>.</summary>
internal sealed class ModalitySelectionConverter() : ValueConverter<ModalitySelection, string>(
    selection => Write(selection),
    text => Read(text))
{
    /// <summary>Long enough for every group at once.</summary>
    public const int MaxLength = 100;

    private static string Write(ModalitySelection selection) => string.Join(',', selection.Groups);

    private static ModalitySelection Read(string text) =>
        ModalitySelection.Of(text
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.Parse<ModalityGroup>(name)));
}
