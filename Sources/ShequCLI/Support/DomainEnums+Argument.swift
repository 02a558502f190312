import ArgumentParser
import ShequCore

// Command-line values are the domain's stable raw values (village_rules, villagers_meeting, overturned).
extension ConventionKind: ExpressibleByArgument {}
extension MeetingBody: ExpressibleByArgument {}
extension AppealDecision.Outcome: ExpressibleByArgument {}
