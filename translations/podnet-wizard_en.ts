<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PortApplyReport</name>
    <message numerus="yes">
        <source>%n port(s) changed</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n port changed</numerusform>
            <numerusform>%n ports changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unchanged</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n left unchanged</numerusform>
            <numerusform>%n left unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
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
    <name>podnet::KubeApplyUninstaller</name>
    <message numerus="yes">
        <source>This deletes %n object(s) from the cluster. Pods lose their network until another network plugin runs.</source>
        <translation>
            <numerusform>This deletes %n object from the cluster. Pods lose their network until another network plugin runs.</numerusform>
            <numerusform>This deletes %n objects from the cluster. Pods lose their network until another network plugin runs.</numerusform>
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
    <name>podnet::PortApplyPage</name>
    <message numerus="yes">
        <source>%1 — %n port(s) changed</source>
        <comment>@item run list</comment>
        <translation>
            <numerusform>%1 — %n port changed</numerusform>
            <numerusform>%1 — %n ports changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to change %n port(s). Nothing is sent until you click Apply.</source>
        <translation>
            <numerusform>Ready to change %n port. Nothing is sent until you click Apply.</numerusform>
            <numerusform>Ready to change %n ports. Nothing is sent until you click Apply.</numerusform>
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
    <name>podnet::PortPlanPage</name>
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
    <name>podnet::RenderCommand</name>
    <message numerus="yes">
        <source>Wrote %n object(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n object to %1.</numerusform>
            <numerusform>Wrote %n objects to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
