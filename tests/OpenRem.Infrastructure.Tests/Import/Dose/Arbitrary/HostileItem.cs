namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>
/// A generated content item of a hostile tree, each part an index into <see cref="HostileTrees"/>' pools: its concept
/// name, its measured value (text, VR and encoding), its unit, its other values, and how its children are encoded.
/// </summary>
internal sealed record HostileItem(int Concept, int Number, int NumberEncoding, int Unit, int Extras, int ChildrenShape, HostileItem[] Children);
