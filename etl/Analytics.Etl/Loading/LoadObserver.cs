namespace Analytics.Etl.Loading;

/// <summary>What a caller wants to hear while a batch loads: each input's result, and progress within large inputs.</summary>
public sealed record LoadObserver(Action<FileLoadResult>? OnInput = null, Action<LoadProgress>? OnProgress = null);
