using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Decisions;

/// <summary>Only the kept images of the series are to be retrieved, one request each.</summary>
internal sealed record MoveSeriesByImage(SeriesResponse Series) : Decision
{
    public override bool Apply()
    {
        if (Series.MoveImagesIndividually)
        {
            return false;
        }

        Series.MoveByImage();
        return true;
    }
}
