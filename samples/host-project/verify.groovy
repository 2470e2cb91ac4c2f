// After the sample host's build (maven-invoker-plugin): Surefire's default includes must have run
// every test class of the sample, each with all its tests; a build that ran none passes otherwise.
def expected = ['OurCrisisPolicyTest': 2, 'OurCrisisPolicySampledTest': 50, 'QuickStartOnModulePathTest': 1]
def reports = new File(basedir, 'target/surefire-reports')
expected.each { testClass, tests ->
    def report = new File(reports, "TEST-${testClass}.xml")
    assert report.isFile() : "Surefire ran no ${testClass} (no ${report})"
    def suite = (report.text =~ /<testsuite [^>]*/)[0]
    def count = { String attribute -> ((suite =~ /\b${attribute}="(\d+)"/)[0][1]) as int }
    int ran = count('tests') - count('skipped')
    assert ran == tests : "${testClass}: ${ran} test(s) ran, ${tests} expected"
    assert count('failures') == 0 && count('errors') == 0 : "${testClass} failed"
    println "${testClass}: ${ran} test(s) passed"
}
true
