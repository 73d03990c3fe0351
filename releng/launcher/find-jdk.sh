# Sourced by HCA Studio's scripts: sets HCASTUDIO_JAVA to a java (JDK or JRE) of version 21 or newer.
# Looks at JAVA_HOME first, then every JVM under /usr/lib/jvm, newest first.

# The major version of the java at $1: from the runtime's "release" file when there is one
# (read with shell built-ins: starting a JVM costs a third of a second), else from the JVM itself.
hcastudio_java_major() {
    local java=$1 home=${1%/bin/java} version="" line
    if [ -r "$home/release" ]; then
        while IFS= read -r line; do
            case "$line" in
                JAVA_VERSION=*) version=${line#JAVA_VERSION=}; version=${version//\"/} ;;
            esac
        done < "$home/release"
    else
        version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
    fi
    case "$version" in
        1.*) echo 1 ;;
        *) echo "${version%%[.+-]*}" ;;
    esac
}

hcastudio_find_java() {
    local candidate major
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(printf '%s\n' /usr/lib/jvm/*/bin/java | sort -rV); do
        [ -x "$candidate" ] || continue
        major=$(hcastudio_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
            HCASTUDIO_JAVA=$candidate
            return 0
        fi
    done
    echo "HCA Studio needs Java 21 or newer, and none was found." >&2
    echo "Looked at: ${JAVA_HOME:-JAVA_HOME (unset)} and /usr/lib/jvm/*." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 25) or point JAVA_HOME at it." >&2
    return 1
}

# One line naming the exact runtime at java $1 (its path and the JAVA_RUNTIME_VERSION of its "release" file, read
# with shell built-ins), for caches that only that runtime can use; empty without a release file.
hcastudio_java_identity() {
    local java=$1 line
    [ -r "${java%/bin/java}/release" ] || return 0
    while IFS= read -r line; do
        case "$line" in
            JAVA_RUNTIME_VERSION=*) echo "$java ${line#JAVA_RUNTIME_VERSION=}"; return 0 ;;
        esac
    done < "${java%/bin/java}/release"
}
