<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
