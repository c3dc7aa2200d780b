# Sourced by the bench/*.sh scripts from the project root: compiles the main and test classes (unless
# BENCH_NO_BUILD is set), writes the dependency class path once, and sets APP_CP (the application: classes
# and dependencies) and CP (APP_CP with the test classes, where the bench drivers live).
if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
  ./mvnw -q -B -o test-compile
  ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
APP_CP="target/classes:$(cat target/bench.classpath)"
CP="target/test-classes:$APP_CP"
