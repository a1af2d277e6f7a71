import ArgumentParser
import BibPipeline
import Foundation

/// `bibd merge A B`: a person says two works are one.
struct MergeWorks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: PersonAction.merge.rawValue,
        abstract: "Merge work B into work A (by citation key or id); A keeps its key. Later ingests respect it.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The work that stays.") var a: String
    @Argument(help: "The work merged into it.") var b: String

    func run() throws {
        print(try runDecision { try options.openLibrary().apply(.merge, ["a": a, "b": b]) })
    }
}

/// `bibd distinct A B`: a person says two works are different.
struct Distinct: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: PersonAction.distinct.rawValue,
        abstract: "Record that two works are different: they are never merged and no longer offered for review.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "One work (citation key or id).") var a: String
    @Argument(help: "The other work.") var b: String

    func run() throws {
        print(try runDecision { try options.openLibrary().apply(.distinct, ["a": a, "b": b]) })
    }
}

/// `bibd split KEY FILE`: a person says one source does not belong to a work.
struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: PersonAction.split.rawValue,
        abstract: "Take one source file out of a work into a work of its own, and keep them apart from then on.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The work (citation key or id).") var key: String
    @Argument(help: "The source file name (as `bibd show KEY` lists it).") var file: String

    func run() throws {
        print(try runDecision { try options.openLibrary().apply(.split, ["key": key, "file": file]) })
    }
}

/// Runs a decision, turning its errors into a one-line message and exit status 1 (75 when another bibd kept the
/// store's write lock past the wait).
func runDecision<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as DecisionError {
        Console.error(e.description)
        throw ExitCode.failure
    } catch let e as PipelineError {
        Console.error(e.description)
        if case .storeBusy = e { throw ExitCode(ExitCodes.storeBusy) }
        throw ExitCode.failure
    }
}
