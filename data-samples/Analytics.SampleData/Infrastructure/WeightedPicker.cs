namespace Analytics.SampleData.Infrastructure;

/// <summary>Draws an index with probability proportional to its weight (binary search over the running sum).</summary>
internal sealed class WeightedPicker
{
    private readonly double[] _cumulative;

    public WeightedPicker(IEnumerable<double> weights)
    {
        var running = 0.0;
        _cumulative = weights.Select(w => running += Math.Max(0, w)).ToArray();
        if (_cumulative.Length == 0 || running <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }
    }

    public int Count => _cumulative.Length;

    public int Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        while (index < _cumulative.Length - 1 && _cumulative[index] <= target)
        {
            index++;
        }

        return Math.Min(index, _cumulative.Length - 1);
    }
}

/// <summary>A weighted choice among values.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _values;
    private readonly WeightedPicker _picker;

    public WeightedChoice(params (T Value, double Weight)[] options)
    {
        _values = options.Select(o => o.Value).ToArray();
        _picker = new WeightedPicker(options.Select(o => o.Weight));
    }

    public T Next(Random random) => _values[_picker.Next(random)];
}
