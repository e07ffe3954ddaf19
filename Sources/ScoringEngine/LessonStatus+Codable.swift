/// Lesson statuses appear in diffs and other JSON under their raw names ("not-observed").
extension LessonStatus: Codable {}
