# Sourced by the Slurm test and benchmark: a one-node Slurm cluster on this machine, entirely inside one folder.
# Follows ../../../shared/design/slurm-one-node.md (Debian 12 packages slurm-wlm and munge, run as root):
# private munged, linuxproc process tracking (the default cgroup tracking reports jobs COMPLETED that never
# ran in a container), cons_tres so that array tasks share the node, a job-completion log, no accounting.
#
#   slurm_one_node_available || skip        # root and the packages, else a reason on stdout
#   slurm_one_node_start DIR PORT           # PORT and PORT+1 for slurmctld and slurmd; exports SLURM_CONF
#   slurm_one_node_stop DIR                 # whatever state the cluster is in

slurm_one_node_available() {
    if [ "$(id -u)" != 0 ]; then
        echo "not root (a one-node cluster needs root to start slurmd)"
        return 1
    fi
    local tool
    for tool in munged mungekey slurmctld slurmd sbatch squeue scancel scontrol sinfo; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$tool is missing (apt-get install slurm-wlm munge)"
            return 1
        fi
    done
    return 0
}

slurm_one_node_start() {
    local dir=$1 port=$2 host node
    mkdir -p "$dir"/{etc,state,spool,run,log,munge}
    chmod 0755 "$dir" "$dir/munge"
    mungekey -c -k "$dir/munge/munge.key"
    munged --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.sock" \
        --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed"
    host=$(hostname -s)
    # The node line as slurmd sees the hardware, with less memory than there is (RealMemory above the real
    # amount makes the node invalid) and an explicit address (no name lookup).
    node=$(slurmd -C | head -n 1 | sed -e 's/ RealMemory=[0-9]*//' -e 's/ UpTime=.*//')
    cat > "$dir/etc/slurm.conf" <<CONF
ClusterName=hcastudio-test
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.sock
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/log/jobcomp.txt
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SchedulerParameters=batch_sched_delay=0
DependencyParameters=kill_invalid_depend
EnforcePartLimits=ALL
ReturnToService=2
MinJobAge=3600
MailProg=/bin/true
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
$node NodeAddr=127.0.0.1 RealMemory=4000 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
    export SLURM_CONF=$dir/etc/slurm.conf
    slurmctld -f "$SLURM_CONF" -c
    slurmd -f "$SLURM_CONF"
    local deadline=$(( $(date +%s) + 30 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        [ "$(timeout 2 sinfo -h -N -o %T 2>/dev/null)" = idle ] && return 0
        sleep 0.2
    done
    echo "the one-node cluster did not become idle within 30 s; see $dir/log" >&2
    return 1
}

# Stops slurmctld and slurmd (scontrol shutdown, then TERM and KILL by pid) and munged, by their pid files.
slurm_one_node_stop() {
    local dir=$1 pids="" pid name
    for name in run/slurmctld.pid run/slurmd.pid; do
        [ -s "$dir/$name" ] && pids="$pids $(cat "$dir/$name")"
    done
    [ -f "$dir/etc/slurm.conf" ] && SLURM_CONF=$dir/etc/slurm.conf timeout 10 scontrol shutdown >/dev/null 2>&1
    for pid in $pids; do
        _slurm_one_node_end "$pid"
    done
    [ -s "$dir/munge/munged.pid" ] && _slurm_one_node_end "$(cat "$dir/munge/munged.pid")"
    return 0
}

# Waits up to 10 s for PID to exit (a zombie counts as exited), then TERM, then KILL.
_slurm_one_node_end() {
    local pid=$1 tries state
    for signal in NONE TERM KILL; do
        [ "$signal" != NONE ] && kill "-$signal" "$pid" 2>/dev/null
        for tries in $(seq 50); do
            state=$(ps -o stat= -p "$pid" 2>/dev/null || true)
            case "$state" in ""|Z*) return 0 ;; esac
            sleep 0.2
        done
    done
}
