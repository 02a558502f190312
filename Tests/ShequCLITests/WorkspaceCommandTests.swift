import Foundation
import Testing

@Suite("shequ init, import, generate and look-ups", .serialized)
struct WorkspaceCommandTests {
    @Test func buildsTheXinyangWorkspaceAndSummarisesIt() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        let imported = try shequ.run("import", "divisions", ShequProcess.xinyangDivisions)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.isEmpty, "no progress bar in a pipe")
        #expect(try shequ.summary() == ["city": 1, "county": 10, "township": 208, "community": 3_358, "households": 0, "residents": 0])

        let again = try shequ.run("import", "divisions", ShequProcess.xinyangDivisions, "--format", "json")
        let summary = try JSONDecoder().decode([String: Double].self, from: Data(again.stdout.utf8))
        #expect(summary["written"] == 0)
        #expect(summary["unchanged"] == 3_577)
    }

    @Test func generatesAndLooksUpWithPrivacyByDefault() throws {
        let shequ = try ShequProcess()
        let store = shequ.directory.appendingPathComponent("other.sqlite").path
        #expect(try shequ.run("init", "--db", store).status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions, environment: ["SHEQU_STORE": store]).status == 0)
        let generated = try shequ.run("generate", "--seed", "3", "--scale", "0.05", "--under", "411502001", "--store", store)
        #expect(generated.status == 0, "\(generated.stderr)")

        let tree = try shequ.run("divisions", "tree", "411502001", "--store", store)
        #expect(tree.stdout.hasPrefix("老城街道办事处 [411502001]\n  "))
        #expect(tree.stdout.contains("义阳居委会"))

        let listing = try shequ.run("households", "list", "411502001/义阳居委会", "--limit", "2", "--format", "json", "--store", store)
        let households = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
        let first = try #require((households["households"] as? [[String: Any]])?.first?["id"] as? String)
        #expect(households["next"] is String)

        let masked = try shequ.run("households", "show", first, "--format", "json", "--store", store)
        let revealed = try shequ.run("households", "show", first, "--format", "json", "--reveal-identifiers", "--include-care", "--store", store)
        let maskedResident = try #require(try residents(masked.stdout).first)
        let revealedResident = try #require(try residents(revealed.stdout).first)
        #expect((maskedResident["id_number"] as? String)?.contains("********") == true)
        #expect(maskedResident["care"] == nil)
        #expect((revealedResident["id_number"] as? String)?.contains("*") == false)
        #expect(revealedResident["care"] is [String])

        let hidden = try shequ.run("residents", "list", "--community", "411502001/义阳居委会", "--care", "disability", "--store", store)
        #expect(hidden.status == 2)
        let disabled = try shequ.run("residents", "list", "--community", "411502001/义阳居委会", "--care", "disability", "--include-care", "--limit", "1000", "--format", "json", "--store", store)
        #expect(disabled.status == 0)
        let listed = try residents(disabled.stdout)
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { ($0["care"] as? [String])?.contains("disability") == true })

        let show = try shequ.run("divisions", "show", "义阳居委会", "--store", store)
        #expect(show.stdout.contains("居民委员会"))
        #expect(show.stdout.contains("户: "))
        #expect(try shequ.run("workers", "411502001/义阳居委会", "--store", store).stdout.contains("网格员"))
    }

    private func residents(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["residents"] as? [[String: Any]] ?? []
    }

    @Test func treesNestInJSONAndAmbiguousNamesListTheCandidates() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions).status == 0)
        let tree = try shequ.run("divisions", "tree", "浉河区", "--depth", "1", "--format", "json")
        let nodes = try #require(try JSONSerialization.jsonObject(with: Data(tree.stdout.utf8)) as? [[String: Any]])
        #expect(nodes.first?["code"] as? String == "411502")
        let townships = try #require(nodes.first?["children"] as? [[String: Any]])
        #expect(townships.contains { $0["name"] as? String == "老城街道办事处" })
        #expect(townships.allSatisfy { $0["children"] == nil })

        let ambiguous = try shequ.run("divisions", "show", "老城街道办事处")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("411502001"))
        // Nothing listens on port 1: the store says it cannot connect, a usage error.
        let postgres = try shequ.run("divisions", "summary", "--store", "postgres://shequ@127.0.0.1:1/xinyang")
        #expect(postgres.status == 2)
        #expect(postgres.stderr.contains("cannot connect to the PostgreSQL store"), "\(postgres.stderr)")
    }

    @Test func aMalformedFileFailsWithItsLineAndChangesNothing() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        let good = try shequ.write("good.csv", "city_code,city,county_code,county,township_code,township,community\n411500,信阳市,411502,浉河区,411502001,老城街道办事处,义阳居委会\n")
        #expect(try shequ.run("import", "divisions", good).status == 0)
        let before = try shequ.summary()
        let bad = try shequ.write("bad.csv", """
            city_code,city,county_code,county,township_code,township,community
            411500,信阳市,411502,浉河区,411502002,民权街道办事处,民权居委会
            411500,信阳市,411502,浉河区,4115020,民权街道办事处,新华居委会
            """)
        let result = try shequ.run("import", "divisions", bad)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:3: column 5 (township_code): '4115020'"), "\(result.stderr)")
        #expect(try shequ.summary() == before)
    }

    /// A repeated id used to overwrite the first row silently (a resident's 低保 flag was lost).
    @Test func aRepeatedIdInAHouseholdsOrResidentsFileIsRefusedNamingBothLines() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions).status == 0)
        let households = try shequ.write("households.csv", """
            id,community_id,dwelling_kind,dwelling_name,address
            H-1,411502001/义阳居委会,building,1号楼,义阳路1号
            H-2,411502001/义阳居委会,building,1号楼,义阳路1号
            H-1,411502001/义阳居委会,building,2号楼,义阳路2号
            """)
        let refused = try shequ.run("import", "households", households)
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("households.csv:4"), "\(refused.stderr)")
        #expect(refused.stderr.contains("(id)") && refused.stderr.contains("line 2"), "\(refused.stderr)")
        #expect(try shequ.summary()["households"] == 0)
        let fixed = try shequ.write("households-fixed.csv", """
            id,community_id,dwelling_kind,dwelling_name,address
            H-1,411502001/义阳居委会,building,1号楼,义阳路1号
            """)
        #expect(try shequ.run("import", "households", fixed).status == 0)
        let residents = try shequ.write("residents.csv", """
            id,household_id,name,sex,birth_date,id_number,phone,role,care
            R-1,H-1,张三,male,1950-03-02,,,head,dibao
            R-1,H-1,张三,male,1950-03-02,,,head,
            """)
        let twice = try shequ.run("import", "residents", residents)
        #expect(twice.status == 1, "\(twice.stderr)")
        #expect(twice.stderr.contains("residents.csv:3") && twice.stderr.contains("line 2"), "\(twice.stderr)")
        #expect(try shequ.summary()["residents"] == 0)
    }

    @Test func unreadableInputAndMissingWorkspacesAreUsageErrors() throws {
        let shequ = try ShequProcess()
        let missingStore = try shequ.run("divisions", "summary")
        #expect(missingStore.status == 2)
        #expect(missingStore.stderr.contains("shequ init"))
        #expect(try shequ.run("init").status == 0)
        let missingFile = try shequ.run("import", "divisions", "nowhere.csv")
        #expect(missingFile.status == 2)
        #expect(missingFile.stderr.contains("nowhere.csv"))
    }

    @Test func aKilledImportLeavesThePreviousDataIntact() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions).status == 0)
        let csv = shequ.directory.appendingPathComponent("csv").path
        #expect(try shequ.run("generate", "--scale", "0.3", "--under", "411502", "--csv-dir", csv).status == 0)
        #expect(try shequ.run("import", "households", csv + "/households.csv").status == 0)
        let before = try shequ.summary()
        #expect(before["households"]! > 10_000)
        #expect(before["residents"] == 0)

        let residents = csv + "/residents.csv"
        let size = try #require(try FileManager.default.attributesOfItem(atPath: residents)[.size] as? Int)
        #expect(size > 4_000_000)
        let (process, _, _) = try shequ.start(["import", "residents", residents])
        let deadline = Date().addingTimeInterval(120)
        // Kill once the import has read well into the file, i.e. while its transaction is open.
        while Date() < deadline, process.isRunning {
            if let offset = Self.readOffset(of: residents, in: process.processIdentifier), offset >= 3_000_000 { break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(wasRunning, "the import finished before it could be killed")
        #expect(try shequ.summary() == before)
        let resumed = try shequ.run("import", "residents", csv + "/residents.csv")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try shequ.summary()["residents"]! > before["households"]!)
    }

    /// The furthest read position of the process's open descriptors on `path` (Linux `/proc`).
    static func readOffset(of path: String, in pid: Int32) -> Int? {
        let fds = "/proc/\(pid)/fd"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: fds) else { return nil }
        var furthest: Int?
        for entry in entries where (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fds)/\(entry)")) == path {
            guard let info = try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(entry)", encoding: .utf8) else { continue }
            let line = info.split(separator: "\n").first { $0.hasPrefix("pos:") }
            if let offset = line.flatMap({ Int($0.dropFirst(4).trimmingCharacters(in: .whitespaces)) }) {
                furthest = max(furthest ?? 0, offset)
            }
        }
        return furthest
    }
}
