/// A statement that holds or not in an era, judged by a condition over each case.
public struct Lesson: Sendable, Hashable, Codable {
    /// Stable identifier.
    public var id: String
    /// The lesson in words.
    public var statement: String
    /// The dimensions the lesson is about.
    public var dimensions: [String]
    /// The condition as written in the rubric.
    public var conditionText: String
    /// The parsed condition.
    public var condition: LessonCondition

    /// Creates a lesson.
    public init(id: String, statement: String, dimensions: [String], conditionText: String, condition: LessonCondition) {
        self.id = id
        self.statement = statement
        self.dimensions = dimensions
        self.conditionText = conditionText
        self.condition = condition
    }
}
