namespace Analytics.SampleData;

/// <summary>Row targets of each scale.</summary>
internal sealed record ScaleProfile(int Primaries, int Appeals, int Cases, int Surveys, double AmbassadorsPerPrimary, double JournalFactor)
{
    public static ScaleProfile For(SampleOptions options)
    {
        if (options.Multiplier < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Multiplier, "The sample multiplier must be at least 1.");
        }

        var scale = For(options.Scale);
        var times = options.Multiplier;
        return scale with
        {
            Primaries = scale.Primaries * times,
            Appeals = scale.Appeals * times,
            Cases = scale.Cases * times,
            Surveys = scale.Surveys * times,
            JournalFactor = scale.JournalFactor * times,
        };
    }

    private static ScaleProfile For(SampleScale scale) => scale switch
    {
        SampleScale.Small => new ScaleProfile(Primaries: 400, Appeals: 5_000, Cases: 400, Surveys: 3_000, AmbassadorsPerPrimary: 0.6, JournalFactor: 1),
        SampleScale.National => new ScaleProfile(Primaries: 16_000, Appeals: 400_000, Cases: 12_000, Surveys: 150_000, AmbassadorsPerPrimary: 0.5, JournalFactor: 2.5),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown sample scale."),
    };
}
