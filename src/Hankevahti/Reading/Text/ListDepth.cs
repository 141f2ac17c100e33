namespace Hankevahti.Reading.Text;

/// <summary>
/// Depth of list items from their indentation, relative to the items above: exporters indent by one space,
/// two, four or a tab, so depth is the number of shallower indents still open, not indent divided by a width.
/// </summary>
internal sealed class ListDepth
{
    private readonly List<int> indents = [];

    public void Reset() => indents.Clear();

    public int Of(BulletLine bullet)
    {
        while (indents.Count > 0 && indents[^1] > bullet.Indent)
        {
            indents.RemoveAt(indents.Count - 1);
        }
        if (indents.Count == 0 || indents[^1] < bullet.Indent)
        {
            indents.Add(bullet.Indent);
        }
        var depth = indents.Count - 1;
        // Without any indentation the bullet glyph is the only hint of nesting (Word's •, o, ▪ sequence).
        return bullet.Indent == 0 && depth == 0 ? bullet.MarkerLevel : depth;
    }
}
