<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NodeRow</name>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <comment>@item kube-router pod</comment>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status: %1 · ready %2 · %n restart(s)</source>
        <comment>@info:tooltip</comment>
        <translation>
            <numerusform>Status: %1 · ready %2 · %n restart</numerusform>
            <numerusform>Status: %1 · ready %2 · %n restarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its kube-router pod %1 is crash-looping (%n restart(s)): read its log with kubectl -n %2 logs %1 --previous.</source>
        <comment>@info problem</comment>
        <translation>
            <numerusform>Its kube-router pod %1 is crash-looping (%n restart): read its log with kubectl -n %2 logs %1 --previous.</numerusform>
            <numerusform>Its kube-router pod %1 is crash-looping (%n restarts): read its log with kubectl -n %2 logs %1 --previous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodCidrAnnotationPlan</name>
    <message numerus="yes">
        <source>%n node(s): %1 to set, %2 unchanged, %3 skipped, %4 invalid</source>
        <translation>
            <numerusform>%n node: %1 to set, %2 unchanged, %3 skipped, %4 invalid</numerusform>
            <numerusform>%n nodes: %1 to set, %2 unchanged, %3 skipped, %4 invalid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodCidrUndoPlan</name>
    <message numerus="yes">
        <source>%n node(s): %1 to restore, %2 already restored, %3 changed since, %4 gone</source>
        <translation>
            <numerusform>%n node: %1 to restore, %2 already restored, %3 changed since, %4 gone</numerusform>
            <numerusform>%n nodes: %1 to restore, %2 already restored, %3 changed since, %4 gone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightChecks</name>
    <message numerus="yes">
        <source>%n node(s) have no pod range</source>
        <translation>
            <numerusform>%n node has no pod range</numerusform>
            <numerusform>%n nodes have no pod range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n node(s) have a pod range inside %1, and none overlap.</source>
        <translation>
            <numerusform>%n node has a pod range inside %1.</numerusform>
            <numerusform>All %n nodes have a pod range inside %1, and none overlap.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message numerus="yes">
        <source>%n port(s) get %1</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n port gets %1</numerusform>
            <numerusform>%n ports get %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) get a pod range</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n node gets a pod range</numerusform>
            <numerusform>%n nodes get a pod range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to create</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n object to create</numerusform>
            <numerusform>%n objects to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to configure</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n to configure</numerusform>
            <numerusform>%n to configure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a conflict</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n with a conflict</numerusform>
            <numerusform>%n with a conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n with a problem</numerusform>
            <numerusform>%n with a problem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::CloudSourceChooser</name>
    <message numerus="yes">
        <source>%1 defines %n cloud(s). Choose the one to use.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%1 defines %n cloud. Choose the one to use.</numerusform>
            <numerusform>%1 defines %n clouds. Choose the one to use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::KubeAnnotateCommand</name>
    <message numerus="yes">
        <source>Set the pod-range annotations on %n node(s)?</source>
        <translation>
            <numerusform>Set the pod-range annotations on %n node?</numerusform>
            <numerusform>Set the pod-range annotations on %n nodes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kube-router reads the annotations only when it starts, so its pod on %n changed node(s) is restarted afterwards (--restart-pods), as with:</source>
        <translation>
            <numerusform>kube-router reads the annotations only when it starts, so its pod on %n changed node is restarted afterwards (--restart-pods), as with:</numerusform>
            <numerusform>kube-router reads the annotations only when it starts, so its pod on %n changed nodes is restarted afterwards (--restart-pods), as with:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kube-router reads the annotations only when it starts: restart its pod on %n changed node(s) afterwards (--restart-pods does it), for example:</source>
        <translation>
            <numerusform>kube-router reads the annotations only when it starts: restart its pod on %n changed node afterwards (--restart-pods does it), for example:</numerusform>
            <numerusform>kube-router reads the annotations only when it starts: restart its pod on %n changed nodes afterwards (--restart-pods does it), for example:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::KubeApplyCommand</name>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for the rollout (--no-wait skips this)…</source>
        <translation>
            <numerusform>Waiting up to %n second for the rollout (--no-wait skips this)…</numerusform>
            <numerusform>Waiting up to %n seconds for the rollout (--no-wait skips this)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::KubeConnectionResultPanel</name>
    <message numerus="yes">
        <source>The server offers %n kind(s). Load kube-router&apos;s manifest to see how its kinds map to them.</source>
        <translation>
            <numerusform>The server offers %n kind. Load kube-router&apos;s manifest to see how its kinds map to them.</numerusform>
            <numerusform>The server offers %n kinds. Load kube-router&apos;s manifest to see how its kinds map to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::KubeNodesCommand</name>
    <message numerus="yes">
        <source>Not every node became Ready with kube-router rolled out within %n second(s):</source>
        <translation>
            <numerusform>Not every node became Ready with kube-router rolled out within %n second:</numerusform>
            <numerusform>Not every node became Ready with kube-router rolled out within %n seconds:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::KubeUnannotateCommand</name>
    <message numerus="yes">
        <source>Undoing run %1 of %2 (%n node(s) recorded).</source>
        <translation>
            <numerusform>Undoing run %1 of %2 (%n node recorded).</numerusform>
            <numerusform>Undoing run %1 of %2 (%n nodes recorded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the pod-range annotations of %n node(s)?</source>
        <translation>
            <numerusform>Restore the pod-range annotations of %n node?</numerusform>
            <numerusform>Restore the pod-range annotations of %n nodes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kube-router reads the annotations only when it starts: restart its pod on %n node(s) afterwards, for example:</source>
        <translation>
            <numerusform>kube-router reads the annotations only when it starts: restart its pod on %n node afterwards, for example:</numerusform>
            <numerusform>kube-router reads the annotations only when it starts: restart its pod on %n nodes afterwards, for example:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::KubeUninstallCommand</name>
    <message numerus="yes">
        <source>Delete %n object(s) from the cluster?</source>
        <translation>
            <numerusform>Delete %n object from the cluster?</numerusform>
            <numerusform>Delete %n objects from the cluster?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::ManifestApplyJob</name>
    <message numerus="yes">
        <source>%n object(s): %1 created, %2 configured, %3 unchanged, %4 not applied</source>
        <translation>
            <numerusform>%n object: %1 created, %2 configured, %3 unchanged, %4 not applied</numerusform>
            <numerusform>%n objects: %1 created, %2 configured, %3 unchanged, %4 not applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::ManifestSourcePage</name>
    <message numerus="yes">
        <source>%n object(s) ready to preview.</source>
        <translation>
            <numerusform>%n object ready to preview.</numerusform>
            <numerusform>%n objects ready to preview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::NodeStatusMonitor</name>
    <message numerus="yes">
        <source>No data yet; retrying in %n s: %1</source>
        <translation>
            <numerusform>No data yet; retrying in %n s: %1</numerusform>
            <numerusform>No data yet; retrying in %n s: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>@item:intext duration</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>@item:intext duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>@item:intext duration</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s — data as of %1 (%2 ago): %3</source>
        <translation>
            <numerusform>Reconnecting in %n s — data as of %1 (%2 ago): %3</numerusform>
            <numerusform>Reconnecting in %n s — data as of %1 (%2 ago): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::NodeStatusPage</name>
    <message numerus="yes">
        <source>The allowed address pairs cover %1 of %n node(s) (ports read at %2).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>The allowed address pairs cover %1 of %n node (ports read at %2).</numerusform>
            <numerusform>The allowed address pairs cover %1 of %n nodes (ports read at %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::NodeTableModel</name>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready · kube-router %2/%3</source>
        <comment>@info summary</comment>
        <translation>
            <numerusform>%1 of %n node Ready · kube-router %2/%3</numerusform>
            <numerusform>%1 of %n nodes Ready · kube-router %2/%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready · kube-router not installed</source>
        <comment>@info summary</comment>
        <translation>
            <numerusform>%1 of %n node Ready · kube-router not installed</numerusform>
            <numerusform>%1 of %n nodes Ready · kube-router not installed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready</source>
        <comment>@info summary</comment>
        <translation>
            <numerusform>%1 of %n node Ready</numerusform>
            <numerusform>%1 of %n nodes Ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::NodeWaitBox</name>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for every node to be Ready and kube-router to be rolled out…</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Waiting up to %n second for every node to be Ready and kube-router to be rolled out…</numerusform>
            <numerusform>Waiting up to %n seconds for every node to be Ready and kube-router to be rolled out…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: all %n node(s) are Ready and kube-router is rolled out.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Done: %n node is Ready and kube-router is rolled out.</numerusform>
            <numerusform>Done: all %n nodes are Ready and kube-router is rolled out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not everything was Ready after %n second(s). Still wrong:</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Not everything was Ready after %n second. Still wrong:</numerusform>
            <numerusform>Not everything was Ready after %n seconds. Still wrong:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::PodCidrPatchJob</name>
    <message numerus="yes">
        <source>%n node(s) changed, %1 unchanged, %2 not changed because of a problem</source>
        <translation>
            <numerusform>%n node changed, %1 unchanged, %2 not changed because of a problem</numerusform>
            <numerusform>%n nodes changed, %1 unchanged, %2 not changed because of a problem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::PortPlanModel</name>
    <message numerus="yes">
        <source>%n port(s) to change</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n port to change</numerusform>
            <numerusform>%n ports to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to remove</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n pair to remove</numerusform>
            <numerusform>%n pairs to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already without them</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n already without them</numerusform>
            <numerusform>%n already without them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to add</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n pair to add</numerusform>
            <numerusform>%n pairs to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n complete</numerusform>
            <numerusform>%n complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::PortPlanPanel</name>
    <message numerus="yes">
        <source>%n port(s) read from the project.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n port read from the project.</numerusform>
            <numerusform>%n ports read from the project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::PortsCommand</name>
    <message numerus="yes">
        <source>Changing %n port(s), %1 at a time. Ctrl-C stops starting new changes.</source>
        <translation>
            <numerusform>Changing %n port, %1 at a time. Ctrl-C stops starting new changes.</numerusform>
            <numerusform>Changing %n ports, %1 at a time. Ctrl-C stops starting new changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::PreflightPage</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::ProfileCommand</name>
    <message numerus="yes">
        <source>The profile %1 has %n error(s); nothing was changed. Fix the lines above (the keys are described in docs/profile.md).</source>
        <translation>
            <numerusform>The profile %1 has %n error; nothing was changed. Fix the lines above (the keys are described in docs/profile.md).</numerusform>
            <numerusform>The profile %1 has %n errors; nothing was changed. Fix the lines above (the keys are described in docs/profile.md).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::RenderCommand</name>
    <message numerus="yes">
        <source>Wrote %n object(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n object to %1.</numerusform>
            <numerusform>Wrote %n objects to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::SetupManifestStep</name>
    <message numerus="yes">
        <source>Cancelled after %n of %1 object(s)</source>
        <translation>
            <numerusform>Cancelled after %n of %1 objects</numerusform>
            <numerusform>Cancelled after %n of %1 objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::SetupPodRangesStep</name>
    <message numerus="yes">
        <source>Setting the pod-range annotations on %n node(s)…</source>
        <translation>
            <numerusform>Setting the pod-range annotations on %n node…</numerusform>
            <numerusform>Setting the pod-range annotations on %n nodes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::SetupPortsStep</name>
    <message numerus="yes">
        <source>Adding the pairs to %n port(s)…</source>
        <translation>
            <numerusform>Adding the pairs to %n port…</numerusform>
            <numerusform>Adding the pairs to %n ports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) changed, %1 failed</source>
        <translation>
            <numerusform>%n port changed, %1 failed</numerusform>
            <numerusform>%n ports changed, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) did not get their pairs. The first: %1 Fix that (an admin may have to allow pairs on the port), then click Retry: only the ports still missing pairs are sent.</source>
        <translation>
            <numerusform>%n port did not get its pairs. The first: %1 Fix that (an admin may have to allow pairs on the port), then click Retry: only the ports still missing pairs are sent.</numerusform>
            <numerusform>%n ports did not get their pairs. The first: %1 Fix that (an admin may have to allow pairs on the port), then click Retry: only the ports still missing pairs are sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) changed</source>
        <translation>
            <numerusform>%n port changed</numerusform>
            <numerusform>%n ports changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) changed before the run was cancelled</source>
        <translation>
            <numerusform>%n port changed before the run was cancelled</numerusform>
            <numerusform>%n ports changed before the run was cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::SetupReadyStep</name>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready</source>
        <translation>
            <numerusform>%1 of %n node Ready</numerusform>
            <numerusform>%1 of %n nodes Ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready; kube-router rolled out</source>
        <translation>
            <numerusform>%1 of %n node Ready; kube-router rolled out</numerusform>
            <numerusform>%1 of %n nodes Ready; kube-router rolled out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not everything was Ready within %n second(s): %1 Fix what the lines below say, then click Retry to wait again.</source>
        <translation>
            <numerusform>Not everything was Ready within %n second: %1 Fix what the lines below say, then click Retry to wait again.</numerusform>
            <numerusform>Not everything was Ready within %n seconds: %1 Fix what the lines below say, then click Retry to wait again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::SetupUndoJob</name>
    <message numerus="yes">
        <source>%n port(s) could not be changed; see the lines above. Fix the cause, then undo again.</source>
        <translation>
            <numerusform>%n port could not be changed; see the lines above. Fix the cause, then undo again.</numerusform>
            <numerusform>%n ports could not be changed; see the lines above. Fix the cause, then undo again.</numerusform>
        </translation>
    </message>
</context>
</TS>
