using System.Runtime.CompilerServices;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for executable and type-system documents (October 2021 spec plus the graphql-js 16
/// additions: descriptions on operations, fragments and variable definitions). Errors are
/// <see cref="GraphQLSyntaxError"/>s worded and located as graphql-js words and locates them. Nesting is bounded by
/// <see cref="ParserOptions.MaxDepth"/> and by the remaining stack, so hostile input cannot overflow the stack.
/// </summary>
public sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly int _maxTokens;
    private int _tokenCount;
    private int _depth;

    /// <summary>Creates a parser over a source; checks <see cref="ParserOptions.MaxDocumentLength"/> immediately.</summary>
    public Parser(Source source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _options = options ?? ParserOptions.Default;
        _maxTokens = _options.MaxTokens ?? int.MaxValue;
        if (_options.MaxDocumentLength is { } maxLength && source.Body.Length > maxLength)
        {
            throw new GraphQLSyntaxError(source, maxLength,
                $"Source contains more than {maxLength} UTF-16 code units. Parsing aborted.");
        }

        _lexer = new Lexer(source);
    }

    /// <summary>The number of tokens consumed so far (comments excluded).</summary>
    public int TokenCount => _tokenCount;

    /// <summary>Parses a whole document.</summary>
    public static Document Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a whole document.</summary>
    public static Document Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal (variables allowed), e.g. <c>[1, $a]</c>.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables).</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(true);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    // ---- Document ----------------------------------------------------------------------------------------------

    /// <summary>Parses the whole source as a document.</summary>
    public Document ParseDocument()
    {
        var start = _lexer.Token;
        var definitions = Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile);
        return new Document { Definitions = definitions, Location = LocationFrom(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(_lexer.Token.Start,
                "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // ---- Operations --------------------------------------------------------------------------------------------

    private OperationDefinition ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinition
            {
                Operation = OperationType.Query,
                SelectionSet = selectionSet,
                Location = LocationFrom(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        Name? name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new OperationDefinition
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variableDefinitions,
            Directives = directives,
            SelectionSet = set,
            Location = LocationFrom(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinition> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);

    private VariableDefinition ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptionalToken(TokenKind.Equal) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinition
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private Variable ParseVariable()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new Variable { Name = name, Location = LocationFrom(start) };
    }

    private SelectionSet ParseSelectionSet()
    {
        var start = _lexer.Token;
        EnterNesting(start);
        ExpectToken(TokenKind.BraceL);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        _depth--;
        return new SelectionSet { Selections = selections, Location = LocationFrom(start) };
    }

    private Field ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        Name? alias = null;
        Name name;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new Field
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<Argument> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return Array.Empty<Argument>();
        }

        var arguments = new List<Argument>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return arguments;
    }

    private Argument ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new Argument { Name = name, Value = value, Location = LocationFrom(start) };
    }

    // ---- Fragments ---------------------------------------------------------------------------------------------

    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(false);
            return new FragmentSpread { Name = name, Directives = spreadDirectives, Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragment
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private FragmentDefinition ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinition
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private Name ParseFragmentName()
    {
        if (_lexer.Token.Value == "on")
        {
            throw Unexpected(_lexer.Token);
        }

        return ParseName();
    }

    // ---- Values ------------------------------------------------------------------------------------------------

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValue { Value = token.Value!, Location = LocationFrom(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValue { Value = token.Value!, Location = LocationFrom(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValue { Value = true, Location = LocationFrom(token) },
                    "false" => new BooleanValue { Value = false, Location = LocationFrom(token) },
                    "null" => new NullValue { Location = LocationFrom(token) },
                    _ => new EnumValue { Value = token.Value!, Location = LocationFrom(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(_lexer.Token);
        }
    }

    private StringValue ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValue
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Location = LocationFrom(token),
        };
    }

    private ListValue ParseList(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting(start);
        ExpectToken(TokenKind.BracketL);
        var values = new List<ValueNode>();
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        _depth--;
        return new ListValue { Values = values, Location = LocationFrom(start) };
    }

    private ObjectValue ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting(start);
        ExpectToken(TokenKind.BraceL);
        var fields = new List<ObjectField>();
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            fields.Add(ParseObjectField(isConst));
        }

        _depth--;
        return new ObjectValue { Fields = fields, Location = LocationFrom(start) };
    }

    private ObjectField ParseObjectField(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectField { Name = name, Value = value, Location = LocationFrom(start) };
    }

    // ---- Directives --------------------------------------------------------------------------------------------

    private IReadOnlyList<Directive> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return Array.Empty<Directive>();
        }

        var directives = new List<Directive>();
        while (Peek(TokenKind.At))
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives;
    }

    private Directive ParseDirective(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new Directive { Name = name, Arguments = arguments, Location = LocationFrom(start) };
    }

    // ---- Types -------------------------------------------------------------------------------------------------

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting(start);
            AdvanceLexer();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            _depth--;
            type = new ListType { Type = inner, Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullType { Type = type, Location = LocationFrom(start) };
        }

        return type;
    }

    private NamedType ParseNamedType()
    {
        var start = _lexer.Token;
        var name = ParseName();
        return new NamedType { Name = name, Location = LocationFrom(start) };
    }

    // ---- Type system -------------------------------------------------------------------------------------------

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValue? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinition ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinition
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = LocationFrom(start),
        };
    }

    private OperationTypeDefinition ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinition { Operation = operation, Type = type, Location = LocationFrom(start) };
    }

    private ScalarTypeDefinition ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new ScalarTypeDefinition
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private ObjectTypeDefinition ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinition
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<NamedType> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : Array.Empty<NamedType>();

    private IReadOnlyList<FieldDefinition> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinition ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(true);
        return new FieldDefinition
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<InputValueDefinition> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);

    private InputValueDefinition ParseInputValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptionalToken(TokenKind.Equal) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new InputValueDefinition
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private InterfaceTypeDefinition ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinition
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private UnionTypeDefinition ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinition
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<NamedType> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equal) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : Array.Empty<NamedType>();

    private EnumTypeDefinition ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinition
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<EnumValueDefinition> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    private EnumValueDefinition ParseEnumValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(true);
        return new EnumValueDefinition
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private Name ParseEnumValueName()
    {
        var token = _lexer.Token;
        if (token.Value is "true" or "false" or "null")
        {
            throw Error(token.Start, $"{token.Describe()} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    private InputObjectTypeDefinition ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinition
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<InputValueDefinition> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtension ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new SchemaExtension { Directives = directives, OperationTypes = operationTypes, Location = LocationFrom(start) };
    }

    private ScalarTypeExtension ParseScalarTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new ScalarTypeExtension { Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    private ObjectTypeExtension ParseObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new ObjectTypeExtension
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private InterfaceTypeExtension ParseInterfaceTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new InterfaceTypeExtension
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private UnionTypeExtension ParseUnionTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new UnionTypeExtension { Name = name, Directives = directives, Types = types, Location = LocationFrom(start) };
    }

    private EnumTypeExtension ParseEnumTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new EnumTypeExtension { Name = name, Directives = directives, Values = values, Location = LocationFrom(start) };
    }

    private InputObjectTypeExtension ParseInputObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new InputObjectTypeExtension { Name = name, Directives = directives, Fields = fields, Location = LocationFrom(start) };
    }

    private DirectiveDefinition ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinition
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = LocationFrom(start),
        };
    }

    private Name ParseDirectiveLocation()
    {
        var start = _lexer.Token;
        var name = ParseName();
        if (DirectiveLocations.TryParse(name.Value, out _))
        {
            return name;
        }

        throw Unexpected(start);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private Name ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new Name { Value = token.Value!, Location = LocationFrom(token) };
    }

    private Location LocationFrom(Token start) => new(start.Start, _lexer.LastToken.End, _lexer.Source);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }

        throw Error(token.Start, $"Expected {Token.Describe(kind)}, found {token.Describe()}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return;
        }

        throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    private GraphQLSyntaxError Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLSyntaxError Error(int position, string description) => new(_lexer.Source, position, description);

    /// <summary>One or more items between an opening and a closing token.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (!ExpectOptionalToken(close));

        return nodes;
    }

    /// <summary>Like <see cref="Many{T}"/> but the whole group may be absent (then an empty list).</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return Array.Empty<T>();
        }

        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (!ExpectOptionalToken(close));

        return nodes;
    }

    /// <summary>One or more items separated by a delimiter, which may also lead.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (ExpectOptionalToken(delimiter));

        return nodes;
    }

    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            // Worded as graphql-js words it (including its "more that").
            throw Error(token.Start, $"Document contains more that {_maxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>Counts one more level of nesting, refusing to go deeper than the options or the stack allow.</summary>
    private void EnterNesting(Token at)
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(at.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }
}
