namespace Analytics.Warehouse.Runner;

internal static class DependencyOrder
{
    /// <summary>Models ordered so that each comes after what it reads; ties in name order, so runs are repeatable.</summary>
    public static IReadOnlyList<ModelDefinition> Sort(IReadOnlyList<ModelDefinition> models)
    {
        var byName = models.ToDictionary(model => model.QualifiedName, StringComparer.Ordinal);
        var ordered = new List<ModelDefinition>(models.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done

        void Visit(ModelDefinition model, Stack<string> path)
        {
            if (state.TryGetValue(model.QualifiedName, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Models read each other in a circle: {string.Join(" → ", path.Reverse())} → {model.QualifiedName}.");
                }

                return;
            }

            state[model.QualifiedName] = false;
            path.Push(model.QualifiedName);
            foreach (var dependency in model.Dependencies.Order(StringComparer.Ordinal))
            {
                Visit(byName[dependency], path);
            }

            path.Pop();
            state[model.QualifiedName] = true;
            ordered.Add(model);
        }

        foreach (var model in models.OrderBy(model => model.Layer).ThenBy(model => model.Name, StringComparer.Ordinal))
        {
            Visit(model, new Stack<string>());
        }

        return ordered;
    }
}
