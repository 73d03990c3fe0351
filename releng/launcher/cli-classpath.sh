# Sourced by hcastudio-cli and by the product build (releng/scripts/prepare-cli): the class path of the headless
# command line. The headless bundles are plain jars; a class path starts far faster than an OSGi framework.

# The io.hcastudio.cli bundle and what it requires, directly or through analysis, importers, model and sim.
hcastudio_cli_bundles=(io.hcastudio.cli io.hcastudio.analysis io.hcastudio.importers io.hcastudio.model io.hcastudio.sim
    org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi
    org.yaml.snakeyaml org.xerial.sqlite-jdbc org.jfree.jfreechart org.jfree.svg)

# Sets hcastudio_classpath to the jars of the installation in folder $1, each from plugins/ or, when the product build
# left an unsigned copy of that very jar in cli-lib/, the copy: the JVM checks a signed jar's signature on every
# start (a third of the CLI's start-up CPU for EMF's three jars) and keeps no class of it in a class-data archive.
# Returns 1, naming the missing bundle, when the installation is incomplete.
hcastudio_cli_classpath() {
    local here=$1 bundle jar jars
    hcastudio_classpath=""
    for bundle in "${hcastudio_cli_bundles[@]}"; do
        # Globbing instead of ls keeps start-up free of extra processes; p2 installs one version of each.
        jars=("$here"/plugins/"$bundle"_*.jar)
        jar=${jars[${#jars[@]}-1]}
        if [ ! -f "$jar" ]; then
            echo "hcastudio-cli: $bundle is missing under $here/plugins: the installation is incomplete" >&2
            return 1
        fi
        [ -f "$here/cli-lib/${jar##*/}" ] && jar=$here/cli-lib/${jar##*/}
        hcastudio_classpath="$hcastudio_classpath${hcastudio_classpath:+:}$jar"
    done
}
