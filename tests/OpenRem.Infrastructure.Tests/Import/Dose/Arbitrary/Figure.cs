using System.Globalization;

namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>A generated measured value: the number written in the report, in its unit.</summary>
internal sealed record Figure(decimal Raw, UnitChoice Unit)
{
    /// <summary>The Numeric Value text.</summary>
    public string Text => Raw.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value the summary should give, in its own unit.</summary>
    public decimal Expected => Raw * Unit.Factor;
}
