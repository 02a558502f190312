extension ConventionVersion {
    /// Applies one lifecycle step and returns the new version with its audit record;
    /// `self` is unchanged.
    ///
    /// ```swift
    /// var v = draft
    /// v = try v.applying(.gatherOpinions(round), by: "村民委员会").version
    /// v = try v.applying(.review(review), by: "弦山街道办事处").version
    /// v = try v.applying(.vote(vote), by: "村民会议").version
    /// v = try v.applying(.file(filing), by: "弦山街道办事处").version
    /// v.stage   // .filed
    /// ```
    ///
    /// - Throws: ``ConventionError`` when the step is not allowed at this stage, dates run
    ///   backwards, the vote's counts are inconsistent, the meeting had no quorum, or the
    ///   meeting body cannot adopt this kind of convention.
    public func applying(_ step: ConventionStep, by actor: String) throws(ConventionError) -> ConventionTransition {
        var next = self
        let summary: String
        switch step {
        case let .gatherOpinions(round):
            try expect(.drafted, for: step)
            try order("opinions.from", round.from, after: "drafted_on", draftedOn)
            try order("opinions.through", round.through, after: "opinions.from", round.from)
            guard round.opinionsReceived >= 0 else { throw .negativeOpinionCount(round.opinionsReceived) }
            next.opinions.append(round)
            summary = "征求意见（\(round.from.chinese)至\(round.through.chinese)），收到意见\(round.opinionsReceived)条：\(round.summary)"

        case let .review(review):
            try expect(.drafted, for: step)
            try filled("review.office", review.office)
            guard let lastRound = opinions.last else { throw .noOpinionsGathered }
            try order("review.on", review.on, after: "opinions.through", lastRound.through)
            next.review = review
            next.stage = review.approved ? .reviewed : .returned
            summary = (review.approved ? "乡镇（街道）审核通过：" : "乡镇（街道）审核退回：") + review.opinion

        case let .vote(vote):
            try expect(.reviewed, for: step)
            do { try vote.validate() } catch { throw .invalidVote(error) }
            guard kind.adoptingBodies.contains(vote.body) else { throw .bodyCannotAdopt(kind: kind, body: vote.body) }
            if let review { try order("vote.held", vote.held, after: "review.on", review.on) }
            switch vote.outcome {
            case .noQuorum:
                throw .noQuorum(body: vote.body, present: vote.present, eligible: vote.eligible)
            case .adopted:
                next.stage = .adopted
            case .rejected:
                next.stage = .rejected
            }
            next.vote = vote
            let result = next.stage == .adopted ? "表决通过" : "表决未通过"
            summary = "\(vote.body.chineseName)于\(vote.held.chinese)\(result)：应到\(vote.eligible)，实到\(vote.present)（其中妇女\(vote.womenPresent)），赞成\(vote.votesFor)，反对\(vote.against)，弃权\(vote.abstained)"

        case let .file(filing):
            try expect(.adopted, for: step)
            try filled("filing.office", filing.office)
            if let vote {
                try order("filing.filed_on", filing.filedOn, after: "vote.held", vote.held)
                try order("filing.published_on", filing.publishedOn, after: "vote.held", vote.held)
            }
            try order("filing.effective_from", filing.effectiveFrom, after: "filing.filed_on", filing.filedOn)
            try order("filing.effective_from", filing.effectiveFrom, after: "filing.published_on", filing.publishedOn)
            next.filing = filing
            next.stage = .filed
            summary = "报\(filing.office)备案（\(filing.filedOn.chinese)），\(filing.publishedOn.chinese)公布，自\(filing.effectiveFrom.chinese)起施行"
        }
        let record = ConventionAuditRecord(version: reference, action: step.name, from: stage,
                                           to: next.stage, on: step.day, actor: actor, summary: summary)
        return ConventionTransition(version: next, record: record)
    }

    private func expect(_ required: ConventionStage, for step: ConventionStep) throws(ConventionError) {
        guard stage == required else {
            throw .stepNotAllowed(step: step.name, stage: stage, requires: required)
        }
    }

    private func filled(_ field: String, _ text: String) throws(ConventionError) {
        guard !text.isBlank else { throw .blankField(field) }
    }

    private func order(_ field: String, _ day: CivilDate, after earlierField: String,
                       _ earlier: CivilDate) throws(ConventionError) {
        guard day >= earlier else {
            throw .dateBeforeEarlierStep(field: field, day: day, earlierField: earlierField, earlier: earlier)
        }
    }
}
