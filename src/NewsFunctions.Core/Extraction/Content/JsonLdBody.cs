using System.Text.Json;

namespace NewsFunctions.Extraction.Content;

/// <summary>Finds the longest <c>articleBody</c> string in a JSON-LD block, walking it without recursion.</summary>
internal static class JsonLdBody
{
    public static string? Find(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            string? best = null;
            var stack = new Stack<JsonElement>();
            stack.Push(doc.RootElement);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                if (e.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.NameEquals("articleBody") && p.Value.ValueKind == JsonValueKind.String)
                        {
                            var s = p.Value.GetString();
                            if (s is not null && s.Length > (best?.Length ?? 0))
                            {
                                best = s;
                            }
                        }
                        else if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        {
                            stack.Push(p.Value);
                        }
                    }
                }
                else if (e.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in e.EnumerateArray())
                    {
                        stack.Push(item);
                    }
                }
            }

            return best;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
