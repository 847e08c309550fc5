<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ApiServerUrl</name>
    <message>
        <source>Enter the API server URL as the worker nodes reach it, for example https://10.0.0.10:6443.</source>
        <translation>워커 노드가 접속하는 API 서버 주소를 입력하세요. 예: https://10.0.0.10:6443</translation>
    </message>
    <message>
        <source>Remove the spaces and line breaks from the URL.</source>
        <translation>주소에서 공백과 줄바꿈을 지우세요.</translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be used here: it would corrupt the manifest or change what sed writes. Remove it.</source>
        <translation>%2번째 글자 %1은(는) 쓸 수 없습니다. 매니페스트가 깨지거나 sed의 결과가 달라집니다. 이 글자를 지우세요.</translation>
    </message>
    <message>
        <source>Start the URL with https://, for example https://%1.</source>
        <translation>주소를 https://로 시작하세요. 예: https://%1</translation>
    </message>
    <message>
        <source>This is not a valid URL (%1). Write it like https://10.0.0.10:6443.</source>
        <translation>올바른 주소가 아닙니다(%1). https://10.0.0.10:6443 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>Use the https scheme, for example https://%1.</source>
        <translation>https 방식을 사용하세요. 예: https://%1</translation>
    </message>
    <message>
        <source>Add the host name or IP address of the API server after https://.</source>
        <translation>https:// 뒤에 API 서버의 호스트 이름이나 IP 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL: credentials never go into the manifest.</source>
        <translation>주소에서 사용자 이름과 비밀번호를 지우세요. 자격 증명은 매니페스트에 절대 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>Use https: kube-router sends its service account token to this address, so it must be encrypted. Plain http is only allowed for 127.0.0.1 or localhost.</source>
        <translation>https를 사용하세요. kube-router는 이 주소로 서비스 어카운트 토큰을 보내므로 암호화되어야 합니다. 암호화하지 않은 http는 127.0.0.1이나 localhost에만 허용됩니다.</translation>
    </message>
    <message>
        <source>Plain http sends tokens unencrypted. Use it only for a local test server.</source>
        <translation>http는 토큰을 암호화하지 않고 보냅니다. 이 컴퓨터의 테스트 서버에만 사용하세요.</translation>
    </message>
    <message>
        <source>Add the port, for example :6443 (the API server&apos;s usual port).</source>
        <translation>포트를 붙이세요. 예: :6443 (API 서버의 기본 포트)</translation>
    </message>
    <message>
        <source>Port 0 cannot be used. The API server usually listens on 6443.</source>
        <translation>포트 0은 쓸 수 없습니다. API 서버는 보통 6443 포트를 사용합니다.</translation>
    </message>
    <message>
        <source>%1 means each node itself, not this computer. Use the address the worker nodes use to reach the API server, unless it runs on every node.</source>
        <translation>%1은(는) 이 컴퓨터가 아니라 각 노드 자신을 가리킵니다. API 서버가 모든 노드에서 실행되는 경우가 아니라면, 워커 노드가 API 서버에 접속할 때 쓰는 주소를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>No file name was given. Choose where to save the file.</source>
        <translation>파일 이름이 없습니다. 저장할 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name inside it.</source>
        <translation>%1은(는) 폴더입니다. 그 안의 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another place.</source>
        <translation>%1 폴더가 없습니다. 먼저 폴더를 만들거나 다른 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a place where you may write.</source>
        <translation>%1에 쓸 수 없습니다: %2. 쓰기 권한이 있는 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. The previous file, if any, is unchanged.</source>
        <translation>%1을(를) 끝까지 쓰지 못했습니다: %2. 기존 파일이 있었다면 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>Enter a range in CIDR notation, for example 10.200.0.0/16.</source>
        <translation>CIDR 표기법으로 범위를 입력하세요. 예: 10.200.0.0/16</translation>
    </message>
    <message>
        <source>Remove the spaces: a CIDR range is written without spaces, for example 10.200.0.0/16.</source>
        <translation>공백을 지우세요. CIDR 범위는 공백 없이 씁니다. 예: 10.200.0.0/16</translation>
    </message>
    <message>
        <source>Add the prefix length after a slash, for example %1/16.</source>
        <translation>슬래시 뒤에 프리픽스 길이를 붙이세요. 예: %1/16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a valid IPv4 or IPv6 address. Write it like 10.200.0.0/16 or fd00:10:200::/56, without leading zeros.</source>
        <translation>&quot;%1&quot;은(는) 올바른 IPv4 또는 IPv6 주소로 시작하지 않습니다. 10.200.0.0/16이나 fd00:10:200::/56처럼, 앞에 0을 붙이지 말고 입력하세요.</translation>
    </message>
    <message>
        <source>The prefix length after the slash must be a number from 0 to 32 for IPv4 or 0 to 128 for IPv6.</source>
        <translation>슬래시 뒤의 프리픽스 길이는 IPv4에서 0~32, IPv6에서 0~128 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set after the prefix. Did you mean %2?</source>
        <translation>&quot;%1&quot;에는 프리픽스 뒤에 호스트 비트가 들어 있습니다. %2을(를) 입력하려던 것인가요?</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: podnet-wizard [COMMAND] [OPTIONS]

Sets up pod network routing for a Kubernetes cluster on OpenStack: the wizard guides you through it step by step. Without a command, the wizard opens.

Commands:
  render     Render kube-router&apos;s manifest for your cluster and check it.

Options:
  -h, --help     Show this help. &quot;podnet-wizard COMMAND --help&quot; shows a command&apos;s options.
  -v, --version  Show the version.

Exit codes: 0 done, 1 failed (network, file system), 2 bad input (nothing was changed or written).
</source>
        <translation>사용법: podnet-wizard [명령] [옵션]

OpenStack 위의 Kubernetes 클러스터에 파드 네트워크 라우팅을 구성합니다. 마법사가 단계별로 안내합니다. 명령 없이 실행하면 마법사가 열립니다.

명령:
  render     클러스터에 맞게 kube-router 매니페스트를 만들고 검사합니다.

옵션:
  -h, --help     이 도움말을 보여 줍니다. &quot;podnet-wizard 명령 --help&quot;는 그 명령의 옵션을 보여 줍니다.
  -v, --version  버전을 보여 줍니다.

종료 코드: 0 완료, 1 실패(네트워크, 파일 시스템), 2 잘못된 입력(아무것도 바꾸거나 쓰지 않음).
</translation>
    </message>
    <message>
        <source>podnet-wizard: error: unknown command &quot;%1&quot;. See podnet-wizard --help.</source>
        <translation>podnet-wizard: 오류: &quot;%1&quot;은(는) 알 수 없는 명령입니다. podnet-wizard --help를 참고하세요.</translation>
    </message>
    <message>
        <source>podnet-wizard: error: unknown option %1. Options of a command go after it, for example: podnet-wizard render --help. See podnet-wizard --help.</source>
        <translation>podnet-wizard: 오류: %1은(는) 알 수 없는 옵션입니다. 명령의 옵션은 명령 뒤에 씁니다. 예: podnet-wizard render --help. podnet-wizard --help를 참고하세요.</translation>
    </message>
</context>
<context>
    <name>ImagePin</name>
    <message>
        <source>Enter an image tag such as v2.11.1, or turn pinning off.</source>
        <translation>v2.11.1 같은 이미지 태그를 입력하거나, 버전 고정을 끄세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag. A tag has letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (for example v2.11.1); a digest looks like sha256: followed by 64 hex digits.</source>
        <translation>&quot;%1&quot;은(는) 올바른 이미지 태그가 아닙니다. 태그는 영문자, 숫자, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;로 이루어지고(예: v2.11.1), 다이제스트는 sha256: 뒤에 16진수 64자리가 붙는 형식입니다.</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>Line %1 is indented with a tab character. YAML allows only spaces for indentation: replace the tab with spaces.</source>
        <translation>%1번째 줄이 탭 문자로 들여쓰기되어 있습니다. YAML은 들여쓰기에 공백만 허용하므로 탭을 공백으로 바꾸세요.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in the same mapping at line %2. Remove one of them.</source>
        <translation>%2번째 줄: 같은 매핑 안에 &quot;%1&quot; 키가 두 번 나옵니다. 하나를 지우세요.</translation>
    </message>
    <message>
        <source>The YAML is not valid at line %1, column %2. Check the indentation and the colons, dashes and quotes on that line and the one before it.</source>
        <translation>%1번째 줄 %2번째 칸의 YAML이 올바르지 않습니다. 그 줄과 바로 윗줄의 들여쓰기, 콜론, 대시, 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <source>The document starting at line %1 is not a Kubernetes object: it must be a mapping with apiVersion, kind and metadata.</source>
        <translation>%1번째 줄에서 시작하는 문서는 Kubernetes 오브젝트가 아닙니다. apiVersion, kind, metadata가 있는 매핑이어야 합니다.</translation>
    </message>
    <message>
        <source>The object starting at line %1 has no %2. Every object needs apiVersion, kind and metadata.name.</source>
        <translation>%1번째 줄에서 시작하는 오브젝트에 %2이(가) 없습니다. 모든 오브젝트에는 apiVersion, kind, metadata.name이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Choose a YAML manifest.</source>
        <translation>이 파일은 UTF-8 텍스트가 아닙니다. YAML 매니페스트를 선택하세요.</translation>
    </message>
    <message>
        <source>The file holds no Kubernetes objects. Choose a manifest with at least one object.</source>
        <translation>이 파일에는 Kubernetes 오브젝트가 없습니다. 오브젝트가 하나 이상 있는 매니페스트를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>ManifestRenderer</name>
    <message>
        <source>The placeholder %1 at line %2, column %3 would be left in the manifest, and kube-router would fail at start. Replace it in the template, or choose another template.</source>
        <translation>%2번째 줄 %3번째 칸의 자리 표시자 %1이(가) 매니페스트에 그대로 남아 kube-router가 시작할 때 실패합니다. 템플릿에서 이 값을 바꾸거나 다른 템플릿을 선택하세요.</translation>
    </message>
    <message>
        <source>This template has no %APISERVER% placeholder, so the API server URL you entered is not used.</source>
        <translation>이 템플릿에는 %APISERVER% 자리 표시자가 없어서, 입력한 API 서버 주소가 쓰이지 않습니다.</translation>
    </message>
    <message>
        <source>This template has no kube-router image to pin. Turn pinning off or choose another template.</source>
        <translation>이 템플릿에는 버전을 고정할 kube-router 이미지가 없습니다. 버전 고정을 끄거나 다른 템플릿을 선택하세요.</translation>
    </message>
    <message>
        <source>The image %1 is not pinned to a version: every node pulls whatever is newest when its pod starts, so nodes may run different versions. Pin a tag for a repeatable install.</source>
        <translation>%1 이미지의 버전이 고정되어 있지 않습니다. 노드마다 파드가 시작할 때 그 시점의 최신 이미지를 받으므로, 노드끼리 버전이 달라질 수 있습니다. 같은 설치를 되풀이할 수 있도록 태그를 고정하세요.</translation>
    </message>
</context>
<context>
    <name>ManifestTemplate</name>
    <message>
        <source>Built-in template (kube-router all features, unpinned image)</source>
        <translation>내장 템플릿 (kube-router 전체 기능, 이미지 버전 고정 안 됨)</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>파일 %1</translation>
    </message>
    <message>
        <source>Saved copy of %1, downloaded %2</source>
        <translation>%1의 저장된 사본 (%2에 내려받음)</translation>
    </message>
    <message>
        <source>Downloaded from %1 at %2</source>
        <translation>%1에서 내려받음 (%2)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>마침(&amp;F)</translation>
    </message>
</context>
<context>
    <name>TemplateCache</name>
    <message>
        <source>Cannot create the cache folder %1. The download is used but not kept.</source>
        <translation>캐시 폴더 %1을(를) 만들 수 없습니다. 내려받은 파일은 이번에만 쓰고 저장하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::FieldFeedback</name>
    <message>
        <source>✖ Error:</source>
        <extracomment>Prefix of an inline error message under a field.</extracomment>
        <translation>✖ 오류:</translation>
    </message>
    <message>
        <source>⚠ Warning:</source>
        <translation>⚠ 경고:</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <source>Use the suggested value %1</source>
        <translation>제안된 값 %1 사용</translation>
    </message>
</context>
<context>
    <name>podnet::ManifestSourcePage</name>
    <message>
        <source>Choose a kube-router manifest template</source>
        <translation>kube-router 매니페스트 템플릿 선택</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML 파일 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Use the saved copy from %1</source>
        <translation>%1에 저장된 사본 사용</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>%1 내려받는 중…</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) ready to preview.</source>
        <translation>
            <numerusform>오브젝트 %n개를 미리 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Line %1: %2</source>
        <translation>✖ %1번째 줄: %2</translation>
    </message>
    <message>
        <source>Press Download to fetch the manifest, as the tutorial&apos;s curl command does.</source>
        <translation>실습의 curl 명령처럼 매니페스트를 받으려면 [내려받기]를 누르세요.</translation>
    </message>
    <message>
        <source>Choose a manifest file.</source>
        <translation>매니페스트 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>kube-router manifest</source>
        <translation>kube-router 매니페스트</translation>
    </message>
    <message>
        <source>Choose where kube-router&apos;s install manifest comes from.</source>
        <translation>kube-router 설치 매니페스트를 어디에서 가져올지 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Download it (the tutorial&apos;s address)</source>
        <translation>내려받기(&amp;D) (실습에 나온 주소)</translation>
    </message>
    <message>
        <source>Manifest address</source>
        <translation>매니페스트 주소</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>내려받기</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>내려받기 취소</translation>
    </message>
    <message>
        <source>Use a &amp;local file</source>
        <translation>로컬 파일 사용(&amp;L)</translation>
    </message>
    <message>
        <source>Manifest file</source>
        <translation>매니페스트 파일</translation>
    </message>
    <message>
        <source>Path to a kube-router manifest (.yaml)</source>
        <translation>kube-router 매니페스트 파일 경로 (.yaml)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in template (works offline)</source>
        <translation>내장 템플릿 사용(&amp;B) (오프라인에서도 동작)</translation>
    </message>
    <message>
        <source>Use the built-in template</source>
        <translation>내장 템플릿 사용</translation>
    </message>
    <message>
        <source>&amp;Pin the image to:</source>
        <translation>이미지 버전 고정(&amp;P):</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>이미지 태그</translation>
    </message>
    <message>
        <source>Upstream&apos;s manifest does not pin kube-router&apos;s image: each node pulls the newest image whenever its pod starts. Pin a tag (for example v2.11.1) so that every node runs the same version.</source>
        <translation>원본 매니페스트는 kube-router 이미지의 버전을 고정하지 않아서, 노드마다 파드가 시작할 때 최신 이미지를 받습니다. 모든 노드가 같은 버전을 실행하도록 태그(예: v2.11.1)를 고정하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::NetworkPage</name>
    <message>
        <source>Cluster network</source>
        <translation>클러스터 네트워크</translation>
    </message>
    <message>
        <source>The addresses kube-router needs to route pod traffic.</source>
        <translation>kube-router가 파드 트래픽을 라우팅하는 데 필요한 주소입니다.</translation>
    </message>
    <message>
        <source>Enter the API server URL as the worker nodes reach it (the tutorial&apos;s https://${KUBERNETES_PUBLIC_ADDRESS}:6443), and the cluster&apos;s CIDR ranges. The defaults are the tutorial&apos;s.</source>
        <translation>워커 노드가 접속하는 API 서버 주소(실습의 https://${KUBERNETES_PUBLIC_ADDRESS}:6443)와 클러스터의 CIDR 범위를 입력하세요. 기본값은 실습에서 쓰는 값입니다.</translation>
    </message>
    <message>
        <source>&amp;API server URL:</source>
        <translation>API 서버 주소(&amp;A):</translation>
    </message>
    <message>
        <source>https://10.0.0.10:6443</source>
        <translation>https://10.0.0.10:6443</translation>
    </message>
    <message>
        <source>API server URL</source>
        <translation>API 서버 주소</translation>
    </message>
    <message>
        <source>&amp;Cluster (pod) CIDR:</source>
        <translation>클러스터(파드) CIDR(&amp;C):</translation>
    </message>
    <message>
        <source>Cluster CIDR</source>
        <translation>클러스터 CIDR</translation>
    </message>
    <message>
        <source>&amp;Service CIDR:</source>
        <translation>서비스 CIDR(&amp;S):</translation>
    </message>
    <message>
        <source>Service CIDR</source>
        <translation>서비스 CIDR</translation>
    </message>
</context>
<context>
    <name>podnet::NetworkSettings</name>
    <message>
        <source>The service CIDR %1 overlaps the cluster CIDR %2. Choose two ranges that share no address, for example %3 and %4.</source>
        <translation>서비스 CIDR %1이(가) 클러스터 CIDR %2와(과) 겹칩니다. 서로 겹치지 않는 두 범위를 고르세요. 예: %3와(과) %4</translation>
    </message>
    <message>
        <source>The cluster CIDR and the service CIDR are of different IP families. A single-stack cluster uses the same family for both.</source>
        <translation>클러스터 CIDR과 서비스 CIDR의 IP 종류(IPv4/IPv6)가 다릅니다. 단일 스택 클러스터에서는 둘 다 같은 종류를 씁니다.</translation>
    </message>
</context>
<context>
    <name>podnet::PodNetWizard</name>
    <message>
        <source>PodNet Wizard</source>
        <translation>PodNet 마법사</translation>
    </message>
</context>
<context>
    <name>podnet::PreviewPage</name>
    <message>
        <source>Line %1: </source>
        <translation>%1번째 줄: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>오류: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>경고: </translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>알릴 내용이 없습니다.</translation>
    </message>
    <message>
        <source>%APISERVER% → %1 · %CLUSTERCIDR% → %2</source>
        <translation>%APISERVER% → %1 · %CLUSTERCIDR% → %2</translation>
    </message>
    <message>
        <source>image pinned to %1</source>
        <translation>이미지 버전 %1(으)로 고정</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ Saved to %1</source>
        <translation>✔ %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Save the manifest</source>
        <translation>매니페스트 저장</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML 파일 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>This is exactly what will be applied. Your values are highlighted.</source>
        <translation>실제로 적용될 내용 그대로입니다. 입력한 값은 강조해서 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Objects in the manifest:</source>
        <translation>매니페스트의 오브젝트(&amp;O):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Objects in the manifest</source>
        <translation>매니페스트의 오브젝트</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>점검 결과(&amp;F):</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Rendered manifest</source>
        <translation>완성된 매니페스트</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>✔ Copied to the clipboard</source>
        <translation>✔ 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the manifest to the clipboard, for example to paste it into kubectl apply -f -</source>
        <translation>매니페스트를 클립보드에 복사합니다. 예를 들어 kubectl apply -f -에 붙여 넣을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::RenderCommand</name>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Renders kube-router&apos;s manifest for your cluster, exactly as the tutorial&apos;s sed command does, and checks it.

Exit codes: 0 done, 1 failed (network, file system), 2 bad input (nothing was written).</source>
        <translation>실습의 sed 명령과 똑같이 클러스터에 맞는 kube-router 매니페스트를 만들고 검사합니다.

종료 코드: 0 완료, 1 실패(네트워크, 파일 시스템), 2 잘못된 입력(아무것도 쓰지 않음).</translation>
    </message>
    <message>
        <source>Render the manifest.</source>
        <translation>매니페스트를 만듭니다.</translation>
    </message>
    <message>
        <source>The Kubernetes API server URL as the nodes reach it, e.g. https://10.0.0.10:6443 (required).</source>
        <translation>노드가 접속하는 Kubernetes API 서버 주소. 예: https://10.0.0.10:6443 (필수)</translation>
    </message>
    <message>
        <source>The cluster (pod) CIDR. Default: %1.</source>
        <translation>클러스터(파드) CIDR. 기본값: %1</translation>
    </message>
    <message>
        <source>Where the template comes from: a file, an https URL, or &quot;builtin&quot;. Default: kube-router&apos;s upstream URL, then the copy saved by the last download.</source>
        <translation>템플릿을 가져올 곳: 파일, https 주소, 또는 &quot;builtin&quot;. 기본값: kube-router 원본 주소, 실패하면 마지막으로 내려받아 저장한 사본.</translation>
    </message>
    <message>
        <source>Pin kube-router&apos;s image to this tag or sha256 digest.</source>
        <translation>kube-router 이미지를 이 태그나 sha256 다이제스트로 고정합니다.</translation>
    </message>
    <message>
        <source>Write the manifest to this file (atomically) instead of standard output.</source>
        <translation>매니페스트를 표준 출력 대신 이 파일에 씁니다(원자적 쓰기).</translation>
    </message>
    <message>
        <source>Give up a download after this many seconds without data. Default: 20.</source>
        <translation>이 시간(초) 동안 데이터가 오지 않으면 내려받기를 포기합니다. 기본값: 20</translation>
    </message>
    <message>
        <source>See podnet-wizard render --help.</source>
        <translation>podnet-wizard render --help를 참고하세요.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See podnet-wizard render --help.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다. podnet-wizard render --help를 참고하세요.</translation>
    </message>
    <message>
        <source>--api-server is required, for example --api-server https://10.0.0.10:6443.</source>
        <translation>--api-server가 필요합니다. 예: --api-server https://10.0.0.10:6443</translation>
    </message>
    <message>
        <source>--download-timeout must be a number of seconds between 0 and 600.</source>
        <translation>--download-timeout은 0보다 크고 600 이하인 초 단위 숫자여야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n object(s) to %1.</source>
        <translation>
            <numerusform>오브젝트 %n개를 %1에 썼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>To render without the network, add --template builtin.</source>
        <translation>네트워크 없이 만들려면 --template builtin을 덧붙이세요.</translation>
    </message>
</context>
<context>
    <name>podnet::TemplateDownloader</name>
    <message>
        <source>Only https addresses can be downloaded (plain http only from this computer). Check the address.</source>
        <translation>https 주소만 내려받을 수 있습니다(http는 이 컴퓨터에서만 허용). 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
    </message>
    <message>
        <source>The file at this address is larger than %1 MiB, which no manifest is. Check the address.</source>
        <translation>이 주소의 파일은 %1MiB보다 큽니다. 매니페스트일 수 없는 크기입니다. 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds. Check your network connection, or use the saved copy or the built-in template.</source>
        <translation>서버가 %1초 안에 응답하지 않았습니다. 네트워크 연결을 확인하거나, 저장된 사본이나 내장 템플릿을 사용하세요.</translation>
    </message>
    <message>
        <source>The server answered %1 %2 instead of the file. Check the address, or use the saved copy or the built-in template.</source>
        <translation>서버가 파일 대신 %1 %2 응답을 보냈습니다. 주소를 확인하거나, 저장된 사본이나 내장 템플릿을 사용하세요.</translation>
    </message>
    <message>
        <source>The download failed: %1. Check your network connection, or use the saved copy or the built-in template.</source>
        <translation>내려받기에 실패했습니다: %1. 네트워크 연결을 확인하거나, 저장된 사본이나 내장 템플릿을 사용하세요.</translation>
    </message>
    <message>
        <source>The server sent something that is not a text file. Check the address.</source>
        <translation>서버가 텍스트 파일이 아닌 내용을 보냈습니다. 주소를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::TemplateLoader</name>
    <message>
        <source>Choose a template file.</source>
        <translation>템플릿 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path.</source>
        <translation>%1 파일이 없습니다. 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a YAML file.</source>
        <translation>%1은(는) 폴더입니다. YAML 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, which no manifest is. Choose the kube-router manifest.</source>
        <translation>%1은(는) %2MiB보다 커서 매니페스트일 수 없습니다. kube-router 매니페스트를 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The downloaded file is not a valid Kubernetes manifest (%1).</source>
        <translation>내려받은 파일이 올바른 Kubernetes 매니페스트가 아닙니다(%1).</translation>
    </message>
    <message>
        <source>%1 Using the saved copy downloaded %2.</source>
        <translation>%1 %2에 내려받아 저장한 사본을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>podnet::WelcomePage</name>
    <message>
        <source>Pod network routing</source>
        <translation>파드 네트워크 라우팅</translation>
    </message>
    <message>
        <source>Set up pod network routing for your Kubernetes cluster on OpenStack.</source>
        <translation>OpenStack 위의 Kubernetes 클러스터에 파드 네트워크 라우팅을 구성합니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pods on different nodes cannot talk to each other until the network routes their traffic. This wizard does the tutorial&apos;s &quot;Pod network routing&quot; chapter for you, step by step, and shows every change before it is made.&lt;/p&gt;&lt;p&gt;Today it prepares kube-router&apos;s manifest:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Enter the API server address and the cluster&apos;s CIDR ranges.&lt;/li&gt;&lt;li&gt;Choose where kube-router&apos;s manifest comes from.&lt;/li&gt;&lt;li&gt;Check the rendered manifest and save it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;네트워크가 트래픽을 라우팅해 주기 전에는 서로 다른 노드의 파드끼리 통신할 수 없습니다. 이 마법사는 실습의 &quot;Pod Network 라우팅 구성&quot; 장을 단계별로 대신 진행하며, 무엇이 바뀌는지 바꾸기 전에 모두 보여 줍니다.&lt;/p&gt;&lt;p&gt;지금은 kube-router 매니페스트를 준비합니다.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;API 서버 주소와 클러스터의 CIDR 범위를 입력합니다.&lt;/li&gt;&lt;li&gt;kube-router 매니페스트를 어디에서 가져올지 고릅니다.&lt;/li&gt;&lt;li&gt;완성된 매니페스트를 확인하고 저장합니다.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The wizard switches language at once and remembers your choice.</source>
        <translation>마법사의 언어가 바로 바뀌고, 선택한 언어를 기억합니다.</translation>
    </message>
</context>
</TS>
