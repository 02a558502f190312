import ShequCore

/// The `escalate_dispute` hook: a county's escalation rule for disputes (矛盾纠纷逐级化解,
/// Art. 35) in Lua. Called with the dispute's state at `now`; answers stay or escalate,
/// to which level and from when. The host checks the answer and applies it.
public enum EscalateDisputeHook: TypedHook {
    public static let name = DisputeEscalationHook.name
    public typealias Input = DisputeEscalationHookInput
    public typealias Output = DisputeEscalationHookResult
}
