import Foundation
import ArgumentParser
import ShequCore

/// Reads one worker's career (or starts it), applies a step the domain checks, and stores it.
struct StaffCareerUpdate {
    let store: any WorkspaceStore
    let worker: String

    func apply(community: String? = nil, _ step: (inout CommunityWorkerCareer) throws -> Void) async throws -> CommunityWorkerCareer {
        var career: CommunityWorkerCareer
        if let stored = try await store.communityWorkerCareers(community: nil).first(where: { $0.workerID == worker }) {
            career = stored
        } else if let community {
            let key = try await ServiceCommunities(store: store).requiredKey(of: community)
            career = CommunityWorkerCareer(workerID: worker, communityCode: key)
        } else {
            throw CommandFailure.rule("no career of worker '\(worker)': hire them first with `shequ staff hire`")
        }
        do { try step(&career) } catch let error as CommunityWorkerError {
            throw CommandFailure.rule(error)
        }
        _ = try await store.saveCommunityWorkerCareers([career])
        return career
    }

    static func position(_ text: String) throws -> CommunityWorkerPosition {
        guard let position = CommunityWorkerPosition(rawValue: text) ?? CommunityWorkerPosition(chineseName: text) else {
            throw CommandFailure.usage("--position \(text): use one of \(CommunityWorkerPosition.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return position
    }

    static func grade(_ level: Int, of position: CommunityWorkerPosition) throws -> CommunityWorkerPayGrade {
        do { return try CommunityWorkerPayGrade(post: position.post, level: level) } catch {
            throw CommandFailure.usage("--level \(level): \(error)")
        }
    }
}

/// `--worker` and `--at` shared by every career step.
struct StaffStepOptions: ParsableArguments {
    @Option(help: "The worker's identifier.")
    var worker: String

    @Option(help: "When (YYYY-MM-DD); default now.")
    var at: String?

    func date() throws -> Date { try HotlineTimeOptions.parse(at, "--at") ?? Date() }
}
