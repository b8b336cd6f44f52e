namespace Analytics.Etl.Contracts;

/// <summary>What a cell should have held, said in the analysts' languages.</summary>
public sealed record Expectation(string Ru, string Kk);
