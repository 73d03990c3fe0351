# Sourced by HCA Studio's scripts: sets HCASTUDIO_JAVA to a java (JDK or JRE) of version 21 or newer.
# Looks at JAVA_HOME first, then every JVM under /usr/lib/jvm, newest first.

hcastudio_java_version() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

hcastudio_find_java() {
    local candidate version
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
        [ -x "$candidate" ] || continue
        version=$(hcastudio_java_version "$candidate")
        case "$version" in
            ''|1.*) continue ;;
        esac
        if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
            HCASTUDIO_JAVA=$candidate
            return 0
        fi
    done
    echo "HCA Studio needs Java 21 or newer, and none was found." >&2
    echo "Looked at: ${JAVA_HOME:-JAVA_HOME (unset)} and /usr/lib/jvm/*." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 25) or point JAVA_HOME at it." >&2
    return 1
}
