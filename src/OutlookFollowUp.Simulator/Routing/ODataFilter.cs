using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutlookFollowUp.Simulator.Mail;

namespace OutlookFollowUp.Simulator.Routing;

/// <summary>
/// The subset of OData $filter that Outlook resources accept and this product uses: comparisons (eq ne gt ge lt le)
/// of property paths with literals (strings, dates, numbers, booleans, null), and/or/not, parentheses,
/// startswith/contains/endswith, and any/all lambdas such as
/// <c>singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')</c>.
/// String comparison is case-insensitive (Exchange), except an extended property id whose name part is case-sensitive.
/// </summary>
internal sealed partial class ODataFilter
{
    private readonly Node _root;

    private ODataFilter(Node root, string text)
    {
        _root = root;
        Text = text;
    }

    public string Text { get; }

    /// <summary>Top-level property names in the order they appear (for the $orderby/$filter InefficientFilter rule).</summary>
    public IReadOnlyList<string> Properties
    {
        get
        {
            var names = new List<string>();
            Collect(_root, names, []);
            return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }
    }

    public static ODataFilter Parse(string text)
    {
        try
        {
            var parser = new Parser(Tokenize(text));
            var node = parser.ParseExpression();
            parser.ExpectEnd();
            return new ODataFilter(node, text);
        }
        catch (FormatException ex)
        {
            throw GraphErrorException.BadRequest($"Invalid filter clause: {ex.Message}");
        }
    }

    public bool Matches(JsonObject item) => Evaluate(_root, new Scope(item, []));

    private static void Collect(Node node, List<string> names, HashSet<string> variables)
    {
        switch (node)
        {
            case Logical logical:
                Collect(logical.Left, names, variables);
                Collect(logical.Right, names, variables);
                break;
            case Not not:
                Collect(not.Inner, names, variables);
                break;
            case Comparison comparison:
                CollectOperand(comparison.Left, names, variables);
                CollectOperand(comparison.Right, names, variables);
                break;
            case Function function:
                foreach (var arg in function.Args)
                {
                    CollectOperand(arg, names, variables);
                }

                break;
            case Lambda lambda:
                CollectOperand(lambda.Collection, names, variables);
                Collect(lambda.Body, names, [.. variables, lambda.Variable]);
                break;
        }
    }

    private static void CollectOperand(Operand operand, List<string> names, HashSet<string> variables)
    {
        if (operand is PathOperand path && !variables.Contains(path.Segments[0]))
        {
            names.Add(path.Segments[0]);
        }
    }

    private static bool Evaluate(Node node, Scope scope) => node switch
    {
        Logical { IsAnd: true } and => Evaluate(and.Left, scope) && Evaluate(and.Right, scope),
        Logical or => Evaluate(or.Left, scope) || Evaluate(or.Right, scope),
        Not not => !Evaluate(not.Inner, scope),
        Comparison comparison => Compare(comparison, scope),
        Function function => EvaluateFunction(function, scope),
        Lambda lambda => EvaluateLambda(lambda, scope),
        _ => false,
    };

    private static bool EvaluateLambda(Lambda lambda, Scope scope)
    {
        var collection = Resolve(lambda.Collection, scope) as JsonArray;
        var elements = collection?.OfType<JsonNode>().ToList() ?? [];
        var isExtendedProperty = lambda.Collection.Segments[^1].EndsWith("ExtendedProperties", StringComparison.OrdinalIgnoreCase);
        bool Test(JsonNode element) => Evaluate(lambda.Body, scope.With(lambda.Variable, element, isExtendedProperty));
        return lambda.IsAll ? elements.All(Test) : elements.Any(Test);
    }

    private static bool EvaluateFunction(Function function, Scope scope)
    {
        if (function.Args.Count != 2)
        {
            return false;
        }

        var haystack = AsString(Value(function.Args[0], scope));
        var needle = AsString(Value(function.Args[1], scope));
        if (haystack is null || needle is null)
        {
            return false;
        }

        return function.Name.ToLowerInvariant() switch
        {
            "startswith" => haystack.StartsWith(needle, StringComparison.OrdinalIgnoreCase),
            "endswith" => haystack.EndsWith(needle, StringComparison.OrdinalIgnoreCase),
            _ => haystack.Contains(needle, StringComparison.OrdinalIgnoreCase),
        };
    }

    private static bool Compare(Comparison comparison, Scope scope)
    {
        var left = Value(comparison.Left, scope);
        var right = Value(comparison.Right, scope);
        var op = comparison.Operator;

        if (left is null || right is null)
        {
            var bothNull = left is null && right is null;
            return op switch { "eq" => bothNull, "ne" => !bothNull, _ => false };
        }

        int? order;
        if (left is DateTimeOffset || right is DateTimeOffset)
        {
            var l = AsInstant(left);
            var r = AsInstant(right);
            order = l is null || r is null ? null : l.Value.CompareTo(r.Value);
        }
        else if (left is bool lb && right is bool rb)
        {
            order = lb == rb ? 0 : (op is "eq" or "ne" ? 1 : null);
        }
        else if (left is double ld && right is double rd)
        {
            order = ld.CompareTo(rd);
        }
        else
        {
            var ls = AsString(left) ?? string.Empty;
            var rs = AsString(right) ?? string.Empty;
            if (IsExtendedPropertyId(comparison.Left, scope) || IsExtendedPropertyId(comparison.Right, scope))
            {
                order = ExtendedPropertyId.AreEqual(ls, rs) ? 0 : 1;
                if (op is not ("eq" or "ne"))
                {
                    return false;
                }
            }
            else
            {
                order = string.Compare(ls, rs, StringComparison.OrdinalIgnoreCase);
            }
        }

        if (order is null)
        {
            return op == "ne";
        }

        return op switch
        {
            "eq" => order == 0,
            "ne" => order != 0,
            "gt" => order > 0,
            "ge" => order >= 0,
            "lt" => order < 0,
            "le" => order <= 0,
            _ => false,
        };
    }

    private static bool IsExtendedPropertyId(Operand operand, Scope scope) =>
        operand is PathOperand { Segments: [var variable, var property] }
        && scope.IsExtendedPropertyVariable(variable)
        && string.Equals(property, "id", StringComparison.OrdinalIgnoreCase);

    private static object? Value(Operand operand, Scope scope)
    {
        if (operand is LiteralOperand literal)
        {
            return literal.Value;
        }

        var node = Resolve((PathOperand)operand, scope);
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<bool>(out var b))
        {
            return b;
        }

        if (value.TryGetValue<double>(out var d))
        {
            return d;
        }

        return value.TryGetValue<string>(out var s) ? s : value.ToJsonString();
    }

    private static JsonNode? Resolve(PathOperand path, Scope scope)
    {
        var segments = path.Segments;
        JsonNode? current;
        var start = 0;
        if (scope.TryGetVariable(segments[0], out var bound))
        {
            current = bound;
            start = 1;
        }
        else
        {
            current = scope.Root;
        }

        for (var i = start; i < segments.Count; i++)
        {
            if (current is not JsonObject obj)
            {
                return null;
            }

            current = GraphJson.GetIgnoreCase(obj, segments[i]);
        }

        return current;
    }

    private static string? AsString(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset dto => GraphJson.Instant(dto),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static DateTimeOffset? AsInstant(object? value) => value switch
    {
        DateTimeOffset dto => dto,
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => null,
    };

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',' or ':' or '/')
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString()));
                i++;
            }
            else if (c == '\'')
            {
                var builder = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unterminated string literal");
                    }

                    if (text[i] == '\'')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '\'')
                        {
                            builder.Append('\'');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    builder.Append(text[i++]);
                }

                tokens.Add(new Token(TokenKind.String, builder.ToString()));
            }
            else if (char.IsDigit(c) || c == '-')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is ':' or '.' or '-' or '+'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i]));
            }
            else if (char.IsLetter(c) || c is '_' or '@' or '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '@' or '$'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, text[start..i]));
            }
            else
            {
                throw new FormatException($"unexpected character '{c}' at position {i}");
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty));
        return tokens;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeLiteral();

    private enum TokenKind
    {
        Word,
        Number,
        String,
        Symbol,
        End,
    }

    private sealed record Token(TokenKind Kind, string Text)
    {
        public bool Is(string symbol) => Kind is TokenKind.Symbol or TokenKind.Word && string.Equals(Text, symbol, StringComparison.OrdinalIgnoreCase);
    }

    private abstract record Node;

    private sealed record Logical(bool IsAnd, Node Left, Node Right) : Node;

    private sealed record Not(Node Inner) : Node;

    private sealed record Comparison(string Operator, Operand Left, Operand Right) : Node;

    private sealed record Function(string Name, IReadOnlyList<Operand> Args) : Node;

    private sealed record Lambda(PathOperand Collection, bool IsAll, string Variable, Node Body) : Node;

    private abstract record Operand;

    private sealed record PathOperand(IReadOnlyList<string> Segments) : Operand;

    private sealed record LiteralOperand(object? Value) : Operand;

    private sealed class Scope(JsonObject root, Dictionary<string, (JsonNode Node, bool ExtendedProperty)> variables)
    {
        public JsonObject Root { get; } = root;

        public bool TryGetVariable(string name, out JsonNode? node)
        {
            var found = variables.TryGetValue(name, out var entry);
            node = entry.Node;
            return found;
        }

        public bool IsExtendedPropertyVariable(string name) => variables.TryGetValue(name, out var entry) && entry.ExtendedProperty;

        public Scope With(string name, JsonNode node, bool extendedProperty) =>
            new(Root, new Dictionary<string, (JsonNode, bool)>(variables, StringComparer.Ordinal) { [name] = (node, extendedProperty) });
    }

    private sealed class Parser(List<Token> tokens)
    {
        private static readonly HashSet<string> ComparisonOperators = new(StringComparer.OrdinalIgnoreCase) { "eq", "ne", "gt", "ge", "lt", "le" };
        private static readonly HashSet<string> Functions = new(StringComparer.OrdinalIgnoreCase) { "startswith", "endswith", "contains" };
        private int _position;

        private Token Peek => tokens[_position];

        public void ExpectEnd()
        {
            if (Peek.Kind != TokenKind.End)
            {
                throw new FormatException($"unexpected '{Peek.Text}'");
            }
        }

        public Node ParseExpression()
        {
            var left = ParseAnd();
            while (Peek.Kind == TokenKind.Word && Peek.Is("or"))
            {
                _position++;
                left = new Logical(false, left, ParseAnd());
            }

            return left;
        }

        private Node ParseAnd()
        {
            var left = ParseUnary();
            while (Peek.Kind == TokenKind.Word && Peek.Is("and"))
            {
                _position++;
                left = new Logical(true, left, ParseUnary());
            }

            return left;
        }

        private Node ParseUnary()
        {
            if (Peek.Kind == TokenKind.Word && Peek.Is("not"))
            {
                _position++;
                return new Not(ParseUnary());
            }

            return ParsePrimary();
        }

        private Node ParsePrimary()
        {
            if (Peek.Kind == TokenKind.Symbol && Peek.Is("("))
            {
                _position++;
                var inner = ParseExpression();
                Expect(")");
                return inner;
            }

            if (Peek.Kind == TokenKind.Word && Functions.Contains(Peek.Text) && tokens[_position + 1].Is("("))
            {
                var name = Peek.Text;
                _position += 2;
                var args = new List<Operand> { ParseOperand() };
                while (Peek.Is(","))
                {
                    _position++;
                    args.Add(ParseOperand());
                }

                Expect(")");
                return new Function(name, args);
            }

            var left = ParseOperand();
            if (left is PathOperand path && path.Segments.Count > 1
                && (path.Segments[^1].Equals("any", StringComparison.OrdinalIgnoreCase) || path.Segments[^1].Equals("all", StringComparison.OrdinalIgnoreCase))
                && Peek.Is("("))
            {
                _position++;
                var variable = ExpectWord();
                Expect(":");
                var body = ParseExpression();
                Expect(")");
                var isAll = path.Segments[^1].Equals("all", StringComparison.OrdinalIgnoreCase);
                return new Lambda(new PathOperand(path.Segments.Take(path.Segments.Count - 1).ToList()), isAll, variable, body);
            }

            if (Peek.Kind == TokenKind.Word && ComparisonOperators.Contains(Peek.Text))
            {
                var op = Peek.Text.ToLowerInvariant();
                _position++;
                return new Comparison(op, left, ParseOperand());
            }

            throw new FormatException($"expected a comparison operator after '{Describe(left)}' but found '{Peek.Text}'");
        }

        private Operand ParseOperand()
        {
            var token = Peek;
            _position++;
            switch (token.Kind)
            {
                case TokenKind.String:
                    return new LiteralOperand(token.Text);
                case TokenKind.Number:
                    if (DateTimeLiteral().IsMatch(token.Text)
                        && DateTimeOffset.TryParse(token.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                    {
                        return new LiteralOperand(instant);
                    }

                    if (double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        return new LiteralOperand(number);
                    }

                    throw new FormatException($"'{token.Text}' is not a valid literal");
                case TokenKind.Word when token.Is("true"):
                    return new LiteralOperand(true);
                case TokenKind.Word when token.Is("false"):
                    return new LiteralOperand(false);
                case TokenKind.Word when token.Is("null"):
                    return new LiteralOperand(null);
                case TokenKind.Word:
                    var segments = new List<string> { token.Text };
                    while (Peek.Is("/") && tokens[_position + 1].Kind == TokenKind.Word)
                    {
                        segments.Add(tokens[_position + 1].Text);
                        _position += 2;
                    }

                    return new PathOperand(segments);
                default:
                    throw new FormatException(token.Kind == TokenKind.End ? "unexpected end of the clause" : $"unexpected '{token.Text}'");
            }
        }

        private string ExpectWord()
        {
            var token = Peek;
            if (token.Kind != TokenKind.Word)
            {
                throw new FormatException($"expected a name but found '{token.Text}'");
            }

            _position++;
            return token.Text;
        }

        private void Expect(string symbol)
        {
            if (!Peek.Is(symbol))
            {
                throw new FormatException($"expected '{symbol}' but found '{(Peek.Kind == TokenKind.End ? "end" : Peek.Text)}'");
            }

            _position++;
        }

        private static string Describe(Operand operand) => operand switch
        {
            PathOperand p => string.Join('/', p.Segments),
            LiteralOperand l => l.Value?.ToString() ?? "null",
            _ => "?",
        };
    }
}
