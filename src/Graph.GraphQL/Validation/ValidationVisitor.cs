using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation;

/// <summary>
/// The per-run half of a validation rule. The walker calls <see cref="Enter"/> for nodes whose kind is in
/// <see cref="EnterKinds"/> (in document order, before their children) and <see cref="Leave"/> for kinds in
/// <see cref="LeaveKinds"/> (after their children). Returning false from <see cref="Enter"/> makes the walker skip that
/// node's subtree and its <see cref="Leave"/> for this visitor only; other rules still see it. Type information for the
/// node being visited is available through <see cref="Context"/>.
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>Creates a visitor.</summary>
    /// <param name="context">The validation run.</param>
    /// <param name="enterKinds">Kinds for which <see cref="Enter"/> is called.</param>
    /// <param name="leaveKinds">Kinds for which <see cref="Leave"/> is called.</param>
    protected ValidationVisitor(ValidationContext context, KindSet enterKinds, KindSet leaveKinds = default)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
        EnterKinds = enterKinds;
        LeaveKinds = leaveKinds;
    }

    /// <summary>The validation run this visitor reports to.</summary>
    protected ValidationContext Context { get; }

    /// <summary>Kinds for which <see cref="Enter"/> is called.</summary>
    public KindSet EnterKinds { get; }

    /// <summary>Kinds for which <see cref="Leave"/> is called.</summary>
    public KindSet LeaveKinds { get; }

    /// <summary>Called before a node's children; return false to skip the subtree (for this visitor only).</summary>
    public virtual bool Enter(Node node) => true;

    /// <summary>Called after a node's children.</summary>
    public virtual void Leave(Node node)
    {
    }
}
