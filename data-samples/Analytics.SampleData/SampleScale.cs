namespace Analytics.SampleData;

/// <summary>How big the generated federation is.</summary>
public enum SampleScale
{
    /// <summary>400 primaries, about 50,000 members: a demo that loads in seconds.</summary>
    Small,

    /// <summary>16,000 primaries, about 2,000,000 members: the real federation's size.</summary>
    National,
}
