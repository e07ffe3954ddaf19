import Testing

/// The golden comparison must report the line where two texts part.
@Suite struct GoldenTests {
    @Test func differenceShowsTheFirstDifferingLineWithContext() {
        #expect(Golden.difference(expected: "a\nb\nc\nd\n", actual: "a\nb\nX\nd\n") == """
            @@ line 3 @@
              a
              b
            - c
            - d
            -\u{20}
            + X
            + d
            +\u{20}
            """)
    }
}
