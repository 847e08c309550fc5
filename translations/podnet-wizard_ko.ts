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
    <name>CloudConfig</name>
    <message>
        <source>No clouds.yaml was found. Put it in ~/.config/openstack, set OS_CLIENT_CONFIG_FILE, or choose the file yourself.</source>
        <translation>clouds.yaml을 찾을 수 없습니다. ~/.config/openstack에 두거나, OS_CLIENT_CONFIG_FILE을 설정하거나, 파일을 직접 선택하세요.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may read it.</source>
        <translation>%1 파일을 읽을 수 없습니다. 파일이 있는지, 읽기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 defines no clouds. It needs a &quot;clouds:&quot; mapping with at least one cloud; choose another file or enter the credentials by hand.</source>
        <translation>%1에 정의된 클라우드가 없습니다. 클라우드가 하나 이상 있는 &quot;clouds:&quot; 매핑이 필요합니다. 다른 파일을 선택하거나 자격 증명을 직접 입력하세요.</translation>
    </message>
    <message>
        <source>There is no cloud &quot;%1&quot; in %2. Choose one of: %3.</source>
        <translation>%2에 &quot;%1&quot; 클라우드가 없습니다. 다음 중 하나를 선택하세요: %3.</translation>
    </message>
    <message>
        <source>%1 could not be read. Check that it is a clouds.yaml file.</source>
        <translation>%1을(를) 읽을 수 없습니다. clouds.yaml 파일이 맞는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>CloudEntry</name>
    <message>
        <source>%1 is not valid YAML at line %2, column %3. Check the indentation, colons and quotes on that line and the one before it.</source>
        <translation>%1의 %2번째 줄 %3번째 칸이 올바른 YAML이 아닙니다. 그 줄과 바로 윗줄의 들여쓰기, 콜론, 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 does not hold a &quot;clouds:&quot; mapping. Choose a clouds.yaml file.</source>
        <translation>%1에 &quot;clouds:&quot; 매핑이 없습니다. clouds.yaml 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>In cloud &quot;%1&quot;, %2 (line %3 of %4) must be a single value, not a list or mapping. Correct the file.</source>
        <translation>클라우드 &quot;%1&quot;의 %2(%4의 %3번째 줄)은(는) 목록이나 매핑이 아닌 단일 값이어야 합니다. 파일을 고치세요.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; in cloud &quot;%3&quot;; it must be true or false. Correct the file.</source>
        <translation>클라우드 &quot;%3&quot;에서 %1의 값이 &quot;%2&quot;입니다. true 또는 false여야 합니다. 파일을 고치세요.</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; takes its settings from a vendor profile, which this wizard cannot read. Add auth.auth_url to the cloud in the file, or enter it by hand.</source>
        <translation>클라우드 &quot;%1&quot;은(는) 벤더 프로필에서 설정을 가져오는데, 이 마법사는 벤더 프로필을 읽을 수 없습니다. 파일의 이 클라우드에 auth.auth_url을 추가하거나 주소를 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; has no auth.auth_url, so the identity (Keystone) URL is unknown. Add it to the file, or enter it by hand.</source>
        <translation>클라우드 &quot;%1&quot;에 auth.auth_url이 없어서 인증 서비스(Keystone) 주소를 알 수 없습니다. 파일에 추가하거나 직접 입력하세요.</translation>
    </message>
    <message>
        <source>auth_url &quot;%1&quot; of cloud &quot;%2&quot; is not a valid URL. Correct it, e.g. https://keystone.example.com:5000/v3.</source>
        <translation>클라우드 &quot;%2&quot;의 auth_url &quot;%1&quot;은(는) 올바른 주소가 아닙니다. 주소를 고치세요. 예: https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; uses auth_type &quot;%2&quot;, which this wizard cannot use. Use one of %3, or enter the credentials by hand.</source>
        <translation>클라우드 &quot;%1&quot;은(는) auth_type &quot;%2&quot;을(를) 사용하는데, 이 마법사는 이 방식을 사용할 수 없습니다. %3 중 하나를 사용하거나 자격 증명을 직접 입력하세요.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>podnet-wizard: error: unknown command &quot;%1&quot;. See podnet-wizard --help.</source>
        <translation>podnet-wizard: 오류: &quot;%1&quot;은(는) 알 수 없는 명령입니다. podnet-wizard --help를 참고하세요.</translation>
    </message>
    <message>
        <source>podnet-wizard: error: unknown option %1. Options of a command go after it, for example: podnet-wizard render --help. See podnet-wizard --help.</source>
        <translation>podnet-wizard: 오류: %1은(는) 알 수 없는 옵션입니다. 명령의 옵션은 명령 뒤에 씁니다. 예: podnet-wizard render --help. podnet-wizard --help를 참고하세요.</translation>
    </message>
    <message>
        <source>Usage: podnet-wizard [COMMAND] [OPTIONS]

Sets up pod network routing for a Kubernetes cluster on OpenStack: the wizard guides you through it step by step. Without a command, the wizard opens.

Commands:
  render     Render kube-router&apos;s manifest for your cluster and check it.
  k8s        Check the cluster, diff, apply or uninstall kube-router, show the nodes, set pod ranges (check|diff|apply|uninstall|nodes|annotate|unannotate).
  ports      Plan, apply or undo the allowed address pairs on your nodes&apos; OpenStack ports.
  plan       Show what a profile would change on both sides (--profile FILE).
  apply      Run the whole setup a profile describes: pairs, pod ranges, kube-router, wait for Ready (--profile FILE).

Options:
  --demo         Open the wizard in demo mode: a built-in cloud and cluster on this computer, nothing real is changed.
  -h, --help     Show this help. &quot;podnet-wizard COMMAND --help&quot; shows a command&apos;s options.
  -v, --version  Show the version.

Exit codes: 0 done, 1 failed (network, file system), 2 bad input (nothing was changed or written).
</source>
        <translation>사용법: podnet-wizard [COMMAND] [OPTIONS]

OpenStack 위의 Kubernetes 클러스터에 파드 네트워크 라우팅을 구성합니다. 마법사가 단계별로 안내합니다. 명령 없이 실행하면 마법사가 열립니다.

명령:
  render     클러스터에 맞는 kube-router 매니페스트를 만들고 검사합니다.
  k8s        클러스터를 점검하고, kube-router를 비교(diff)·적용·제거하고, 노드를 보여 주고, 파드 범위를 설정합니다(check|diff|apply|uninstall|nodes|annotate|unannotate).
  ports      노드의 OpenStack 포트에 추가할 허용 주소 쌍을 계획하고 적용하거나 되돌립니다.
  plan       프로필이 양쪽에서 무엇을 바꿀지 보여 줍니다(--profile FILE).
  apply      프로필에 적힌 설정 전체를 실행합니다: 주소 쌍, 파드 범위, kube-router, Ready 대기(--profile FILE).

옵션:
  --demo         마법사를 데모 모드로 엽니다. 이 컴퓨터의 내장 클라우드와 클러스터를 사용하며, 실제 환경은 바뀌지 않습니다.
  -h, --help     이 도움말을 보여 줍니다. &quot;podnet-wizard COMMAND --help&quot;는 명령의 옵션을 보여 줍니다.
  -v, --version  버전을 보여 줍니다.

종료 코드: 0 완료, 1 실패(네트워크, 파일 시스템), 2 잘못된 입력(아무것도 바꾸거나 쓰지 않음).
</translation>
    </message>
</context>
<context>
    <name>CredentialsValidator</name>
    <message>
        <source>Enter the identity (Keystone) URL, e.g. https://keystone.example.com:5000/v3.</source>
        <translation>인증 서비스(Keystone) 주소를 입력하세요. 예: https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>The identity URL &quot;%1&quot; is not an http or https URL with a host. Enter it like https://keystone.example.com:5000/v3.</source>
        <translation>인증 서비스 주소 &quot;%1&quot;은(는) 호스트가 있는 http 또는 https 주소가 아닙니다. https://keystone.example.com:5000/v3 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>The identity URL uses plain http, so the password travels unencrypted. Use https if the cloud offers it.</source>
        <translation>인증 서비스 주소가 암호화하지 않은 http를 사용하므로 비밀번호가 암호화되지 않은 채 전송됩니다. 클라우드가 https를 제공한다면 https를 사용하세요.</translation>
    </message>
    <message>
        <source>Enter the user name (or user id) to log in with.</source>
        <translation>로그인할 사용자 이름(또는 사용자 ID)을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s domain; it is usually &quot;Default&quot;.</source>
        <translation>사용자의 도메인을 입력하세요. 보통 &quot;Default&quot;입니다.</translation>
    </message>
    <message>
        <source>Enter the project name (or project id) whose ports the wizard may change.</source>
        <translation>마법사가 포트를 변경할 프로젝트의 이름(또는 프로젝트 ID)을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s domain; it is usually &quot;Default&quot;.</source>
        <translation>프로젝트의 도메인을 입력하세요. 보통 &quot;Default&quot;입니다.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the application credential id, or its name together with the user who owns it.</source>
        <translation>애플리케이션 자격 증명 ID를 입력하거나, 자격 증명 이름과 그 소유자인 사용자를 함께 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the application credential secret.</source>
        <translation>애플리케이션 자격 증명 시크릿을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation>토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>The interface &quot;%1&quot; is unknown. Choose public, internal or admin (public unless your cloud&apos;s operator says otherwise).</source>
        <translation>&quot;%1&quot;은(는) 알 수 없는 인터페이스입니다. public, internal, admin 중 하나를 선택하세요(클라우드 운영자가 달리 안내하지 않았다면 public).</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read. Choose an existing PEM file, or clear the field to use the system&apos;s CAs.</source>
        <translation>CA 인증서 파일 %1을(를) 읽을 수 없습니다. 존재하는 PEM 파일을 선택하거나, 시스템의 CA를 사용하려면 칸을 비우세요.</translation>
    </message>
    <message>
        <source>The client certificate file %1 cannot be read. Choose an existing PEM file, or clear the field.</source>
        <translation>클라이언트 인증서 파일 %1을(를) 읽을 수 없습니다. 존재하는 PEM 파일을 선택하거나 칸을 비우세요.</translation>
    </message>
    <message>
        <source>The client key file %1 cannot be read. Choose an existing PEM file, or clear the field.</source>
        <translation>클라이언트 키 파일 %1을(를) 읽을 수 없습니다. 존재하는 PEM 파일을 선택하거나 칸을 비우세요.</translation>
    </message>
    <message>
        <source>A client key is set without a client certificate. Choose the certificate too, or clear the key.</source>
        <translation>클라이언트 인증서 없이 클라이언트 키만 설정되어 있습니다. 인증서도 선택하거나 키를 비우세요.</translation>
    </message>
    <message>
        <source>TLS certificate checks are off, as the imported settings ask. Anyone on the network path could read the password; turn verification on if you can.</source>
        <translation>가져온 설정에 따라 TLS 인증서 검사가 꺼져 있습니다. 네트워크 경로에 있는 누구든 비밀번호를 읽을 수 있습니다. 가능하면 검증을 켜세요.</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>OS_AUTH_TYPE is &quot;%1&quot;, which this wizard cannot use. Use one of %2, or enter the credentials by hand.</source>
        <translation>OS_AUTH_TYPE이 &quot;%1&quot;(으)로 설정되어 있는데, 이 마법사는 이 인증 방식을 쓸 수 없습니다. %2 중 하나를 사용하거나 자격 증명을 직접 입력하세요.</translation>
    </message>
    <message>
        <source>OS_INSECURE is &quot;%1&quot;, which is neither true nor false. TLS certificates will be checked; set it to true or false to decide otherwise.</source>
        <translation>OS_INSECURE가 &quot;%1&quot;(으)로 설정되어 있는데, true도 false도 아닙니다. TLS 인증서를 검증합니다. 직접 정하려면 true 또는 false로 설정하세요.</translation>
    </message>
    <message>
        <source>OS_IDENTITY_API_VERSION is &quot;%1&quot;, but this wizard speaks only Keystone v3. Check that the identity URL offers v3.</source>
        <translation>OS_IDENTITY_API_VERSION이 &quot;%1&quot;(으)로 설정되어 있지만, 이 마법사는 Keystone v3만 지원합니다. 인증(identity) 주소가 v3를 제공하는지 확인하세요.</translation>
    </message>
    <message>
        <source>OS_AUTH_URL is not set, so the identity (Keystone) URL is unknown. Set it, or enter the URL by hand.</source>
        <translation>OS_AUTH_URL이 설정되어 있지 않아서 인증(Keystone) 주소를 알 수 없습니다. 이 변수를 설정하거나 주소를 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Only OS_CLOUD is set (to &quot;%1&quot;): the credentials are in clouds.yaml. Import clouds.yaml instead.</source>
        <translation>OS_CLOUD만 설정되어 있습니다(&quot;%1&quot;). 자격 증명은 clouds.yaml에 있으니, 대신 clouds.yaml을 가져오세요.</translation>
    </message>
    <message>
        <source>OS_AUTH_URL &quot;%1&quot; is not a valid URL. Correct it, e.g. https://keystone.example.com:5000/v3.</source>
        <translation>OS_AUTH_URL &quot;%1&quot;은(는) 올바른 주소가 아닙니다. 올바르게 고치세요. 예: https://keystone.example.com:5000/v3</translation>
    </message>
</context>
<context>
    <name>HttpFailure</name>
    <message>
        <source>%1 did not accept the credentials (HTTP 401). Check the user, password or token and try again.</source>
        <translation>%1이(가) 자격 증명을 받아들이지 않았습니다(HTTP 401). 사용자, 비밀번호 또는 토큰을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): these credentials may not do this. Ask the cloud&apos;s administrator for the permission.</source>
        <translation>%1이(가) 요청을 거부했습니다(HTTP 403). 이 자격 증명으로는 이 작업을 할 수 없습니다. 클라우드 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>%1 does not know this address (HTTP 404). Check the URL and that the object still exists.</source>
        <translation>%1에 이 주소가 없습니다(HTTP 404). 주소(URL)를 확인하고, 대상이 아직 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2). Try again in a moment; if it keeps happening, ask its administrator.</source>
        <translation>%1에 내부 문제가 생겼습니다(HTTP %2). 잠시 후 다시 시도하고, 계속 발생하면 해당 서비스의 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). See the details for the server&apos;s explanation.</source>
        <translation>%1이(가) 요청을 거부했습니다(HTTP %2). 서버의 설명은 [자세히]에서 확인하세요.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer in time. Check that the address is right and the server is running, then try again.</source>
        <translation>%2의 %1이(가) 제시간에 응답하지 않았습니다. 주소가 맞는지, 서버가 실행 중인지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2. Check the address, your network and that the server is running.</source>
        <translation>%2의 %1에 연결할 수 없습니다. 주소와 네트워크, 서버가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 at %2 closed the connection in the middle of an answer. Try again; if it keeps happening, check the server&apos;s logs.</source>
        <translation>%2의 %1이(가) 응답 도중에 연결을 끊었습니다. 다시 시도하고, 계속 발생하면 서버 로그를 확인하세요.</translation>
    </message>
    <message>
        <source>The secure connection to %1 at %2 could not be verified. Check the CA certificate in your configuration and that the address matches the server&apos;s certificate.</source>
        <translation>%2의 %1과(와)의 보안 연결을 검증할 수 없습니다. 설정의 CA 인증서를 확인하고, 주소가 서버 인증서와 일치하는지 확인하세요.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed. Check the address and your network, then try again.</source>
        <translation>%2의 %1에 연결하지 못했습니다. 주소와 네트워크를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The answer from %1 at %2 is not what its API returns. Check that the address points at %1 itself, not a web page or a proxy.</source>
        <translation>%2의 %1에서 온 응답이 API 응답 형식이 아닙니다. 주소가 웹 페이지나 프록시가 아니라 %1 자체를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
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
    <name>JournalFile</name>
    <message>
        <source>Cannot create the journal folder %1. Check that you may write there and that the disk is not full.</source>
        <translation>저널 폴더 %1을(를) 만들 수 없습니다. 그 위치에 쓰기 권한이 있는지, 디스크가 가득 차지 않았는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot create the journal file %1: %2. Check that you may write there and that the disk is not full.</source>
        <translation>저널 파일 %1을(를) 만들 수 없습니다: %2. 그 위치에 쓰기 권한이 있는지, 디스크가 가득 차지 않았는지 확인하세요.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>저널이 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot write the journal file %1: %2. Check that the disk is not full.</source>
        <translation>저널 파일 %1에 쓸 수 없습니다: %2. 디스크가 가득 차지 않았는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>KeystoneAuthRequest</name>
    <message>
        <source>Enter the address of Keystone (the auth URL), for example https://cloud.example.com:5000/v3.</source>
        <translation>Keystone 주소(auth URL)를 입력하세요. 예: https://cloud.example.com:5000/v3</translation>
    </message>
    <message>
        <source>Enter the user name (or user ID) to sign in to Keystone with.</source>
        <translation>Keystone에 로그인할 사용자 이름(또는 사용자 ID)을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>%1의 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the ID (or the name) of the application credential.</source>
        <translation>애플리케이션 자격 증명의 ID(또는 이름)를 입력하세요.</translation>
    </message>
    <message>
        <source>An application credential given by name needs its owner: enter the user name (or user ID), or use the application credential&apos;s ID instead.</source>
        <translation>애플리케이션 자격 증명을 이름으로 지정하려면 소유자도 필요합니다. 사용자 이름(또는 사용자 ID)을 입력하거나, 대신 애플리케이션 자격 증명의 ID를 사용하세요.</translation>
    </message>
    <message>
        <source>Enter the secret of the application credential.</source>
        <translation>애플리케이션 자격 증명의 시크릿을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the token to sign in to Keystone with.</source>
        <translation>Keystone에 로그인할 토큰을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>KubeCommand</name>
    <message>
        <source>Work on a Kubernetes cluster.</source>
        <translation>Kubernetes 클러스터에서 작업합니다.</translation>
    </message>
    <message>
        <source>The kubeconfig file. Default: the files in KUBECONFIG, else ~/.kube/config.</source>
        <translation>kubeconfig 파일. 기본값: KUBECONFIG에 지정된 파일, 없으면 ~/.kube/config</translation>
    </message>
    <message>
        <source>The kubeconfig context. Default: its current-context.</source>
        <translation>kubeconfig 컨텍스트. 기본값: kubeconfig의 current-context</translation>
    </message>
    <message>
        <source>apply: take over fields that other field managers own instead of stopping at the conflict.</source>
        <translation>apply: 충돌에서 멈추는 대신, 다른 필드 매니저가 소유한 필드를 넘겨받습니다.</translation>
    </message>
    <message>
        <source>apply: follow kube-router&apos;s rollout for at most this many seconds. Default: 300.</source>
        <translation>apply: kube-router의 롤아웃을 최대 이 시간(초) 동안 지켜봅니다. 기본값: 300</translation>
    </message>
    <message>
        <source>apply: do not follow the rollout.</source>
        <translation>apply: 롤아웃을 지켜보지 않습니다.</translation>
    </message>
    <message>
        <source>See podnet-wizard k8s --help.</source>
        <translation>podnet-wizard k8s --help를 참고하세요.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>--%1 only applies to %2.</source>
        <translation>--%1 옵션은 %2에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>--kubeconfig needs a file name.</source>
        <translation>--kubeconfig에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--wait must be a whole number of seconds between 1 and %1; --no-wait skips waiting.</source>
        <translation>--wait 값은 1에서 %1 사이의 정수(초)여야 합니다. 기다리지 않으려면 --no-wait를 쓰세요.</translation>
    </message>
    <message>
        <source>Give either --wait or --no-wait, not both.</source>
        <translation>--wait와 --no-wait 중 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>--output must be text or json, not &quot;%1&quot;.</source>
        <translation>--output 값은 text 또는 json이어야 합니다. &quot;%1&quot;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Installs kube-router on a Kubernetes cluster, as the wizard&apos;s Kubernetes steps do.

  check       Test the connection and run the pre-flight checks.
  diff        Show what apply would change (a server-side dry run).
  apply       Apply the manifest and follow the rollout.
  uninstall   Delete the manifest&apos;s objects.
  nodes       List the nodes as kubectl get nodes does; -o wide adds the pod range, the kube-router pod and why a node is not Ready. --watch follows changes, --wait-ready waits until every node is Ready.
  annotate    Give nodes without a pod range one (--auto or --node NAME=CIDR).
  unannotate  Undo an annotate run (--run ID; default: the latest).

Exit codes: 0 done or nothing to do, 1 some objects failed (or a pre-flight error, or nodes not Ready in time), 2 bad input or cannot connect (nothing was changed).</source>
        <translation>마법사의 Kubernetes 단계와 똑같이 Kubernetes 클러스터에 kube-router를 설치합니다.

  check       연결을 시험하고 사전 점검을 실행합니다.
  diff        apply가 무엇을 바꿀지 보여 줍니다. 서버 측 시험 실행(dry run)입니다.
  apply       매니페스트를 적용하고 롤아웃을 지켜봅니다.
  uninstall   매니페스트의 오브젝트를 삭제합니다.
  nodes       kubectl get nodes처럼 노드를 나열합니다. -o wide는 파드 범위, kube-router 파드, 노드가 Ready가 아닌 이유를 덧붙입니다. --watch는 변경을 계속 따라가고, --wait-ready는 모든 노드가 Ready가 될 때까지 기다립니다.
  annotate    파드 범위가 없는 노드에 범위를 지정합니다(--auto 또는 --node NAME=CIDR).
  unannotate  annotate 실행을 되돌립니다(--run ID; 기본값: 가장 최근 실행).

종료 코드: 0 완료 또는 할 일 없음, 1 일부 오브젝트 실패(또는 사전 점검 오류, 또는 제한 시간 안에 노드가 Ready가 되지 않음), 2 잘못된 입력 또는 연결 불가(아무것도 바꾸지 않음).</translation>
    </message>
    <message>
        <source>check, diff, apply, uninstall, nodes, annotate or unannotate.</source>
        <translation>check, diff, apply, uninstall, nodes, annotate 또는 unannotate.</translation>
    </message>
    <message>
        <source>apply, uninstall, annotate, unannotate: change the cluster without asking. Required when not running in a terminal.</source>
        <translation>apply, uninstall, annotate, unannotate: 묻지 않고 클러스터를 변경합니다. 터미널에서 실행하지 않을 때는 반드시 지정해야 합니다.</translation>
    </message>
    <message>
        <source>nodes: keep running and print a node&apos;s row again each time it changes; Ctrl-C ends.</source>
        <translation>nodes: 계속 실행하면서 노드가 바뀔 때마다 그 노드의 행을 다시 출력합니다. Ctrl-C로 끝냅니다.</translation>
    </message>
    <message>
        <source>nodes: wait at most this many seconds until every node is Ready and kube-router rolled out; exit 1 with the reasons when they are not.</source>
        <translation>nodes: 모든 노드가 Ready가 되고 kube-router 롤아웃이 끝날 때까지 최대 이 시간(초) 동안 기다립니다. 그때까지 끝나지 않으면 이유를 출력하고 종료 코드 1로 끝납니다.</translation>
    </message>
    <message>
        <source>annotate: suggest a free pod range from --cluster-cidr for every node without one.</source>
        <translation>annotate: 파드 범위가 없는 모든 노드에 --cluster-cidr 안의 비어 있는 파드 범위를 제안합니다.</translation>
    </message>
    <message>
        <source>annotate: give node NAME the pod range CIDR (repeatable).</source>
        <translation>annotate: 노드 NAME에 파드 범위 CIDR을 지정합니다(여러 번 쓸 수 있음).</translation>
    </message>
    <message>
        <source>annotate: restart the kube-router pod on changed nodes where it already runs, so it reads the new range.</source>
        <translation>annotate: 변경한 노드에서 이미 실행 중인 kube-router 파드를 재시작해서 새 범위를 읽게 합니다.</translation>
    </message>
    <message>
        <source>annotate, unannotate: the folder of the undo journal. Default: the application&apos;s data folder.</source>
        <translation>annotate, unannotate: 되돌리기 저널을 보관하는 폴더. 기본값: 애플리케이션의 데이터 폴더</translation>
    </message>
    <message>
        <source>unannotate: the annotate run to undo. Default: the latest.</source>
        <translation>unannotate: 되돌릴 annotate 실행. 기본값: 가장 최근 실행</translation>
    </message>
    <message>
        <source>text (default), json (one JSON document on standard output) or, for nodes, wide (more columns).</source>
        <translation>text(기본값), json(표준 출력에 JSON 문서 하나), 또는 nodes에서는 wide(더 많은 열).</translation>
    </message>
    <message>
        <source>Name what to do: podnet-wizard k8s check|diff|apply|uninstall|nodes|annotate|unannotate.</source>
        <translation>할 일을 지정하세요: podnet-wizard k8s check|diff|apply|uninstall|nodes|annotate|unannotate.</translation>
    </message>
    <message>
        <source>Unknown k8s command &quot;%1&quot;: use check, diff, apply, uninstall, nodes, annotate or unannotate.</source>
        <translation>&quot;%1&quot;은(는) 알 수 없는 k8s 명령입니다. check, diff, apply, uninstall, nodes, annotate 또는 unannotate를 쓰세요.</translation>
    </message>
    <message>
        <source>--output must be text, wide or json, not &quot;%1&quot;.</source>
        <translation>--output 값은 text, wide 또는 json이어야 합니다. &quot;%1&quot;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--watch prints rows of text: use it with -o text or -o wide, not -o json.</source>
        <translation>--watch는 텍스트 행을 출력합니다. -o json이 아니라 -o text 또는 -o wide와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>--wait-ready must be a whole number of seconds between 1 and %1, not &quot;%2&quot;.</source>
        <translation>--wait-ready 값은 1에서 %1 사이의 정수(초)여야 합니다. &quot;%2&quot;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--journal-dir needs a folder name.</source>
        <translation>--journal-dir에는 폴더 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--run needs the ID of an annotate run, as annotate printed it, not &quot;%1&quot;.</source>
        <translation>--run에는 annotate가 출력한 annotate 실행 ID가 필요합니다. &quot;%1&quot;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--node needs NAME=CIDR, for example --node worker-0=10.200.0.0/24, not &quot;%1&quot;.</source>
        <translation>--node에는 NAME=CIDR 형식이 필요합니다(예: --node worker-0=10.200.0.0/24). &quot;%1&quot;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--node %1: &quot;%2&quot; is not a node name; use the name kubectl get nodes shows.</source>
        <translation>--node %1: &quot;%2&quot;은(는) 노드 이름이 아닙니다. kubectl get nodes가 보여 주는 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>--node %1 is given more than once; give each node one range.</source>
        <translation>--node %1이(가) 두 번 이상 지정되었습니다. 노드마다 범위를 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>annotate needs --auto (a free range for every node without one) or --node NAME=CIDR.</source>
        <translation>annotate에는 --auto(파드 범위가 없는 모든 노드에 비어 있는 범위 지정) 또는 --node NAME=CIDR이 필요합니다.</translation>
    </message>
    <message>
        <source>Give either --auto or --node, not both.</source>
        <translation>--auto와 --node 중 하나만 지정하세요.</translation>
    </message>
</context>
<context>
    <name>KubeConfig</name>
    <message>
        <source>&quot;%1&quot; must be %2. Fix this entry of the kubeconfig.</source>
        <translation>&quot;%1&quot;은(는) %2 형식이어야 합니다. kubeconfig의 이 항목을 고치세요.</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>단일 값</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a mapping of keys and values</source>
        <translation>키와 값의 매핑</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>a list of named entries</source>
        <translation>이름이 있는 항목의 목록</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; has no name. Give every entry a name.</source>
        <translation>&quot;%1&quot;의 항목 중 이름이 없는 것이 있습니다. 모든 항목에 이름을 붙이세요.</translation>
    </message>
    <message>
        <source>a list of words</source>
        <translation>단어 목록</translation>
    </message>
    <message>
        <source>a list of name/value entries</source>
        <translation>이름/값 항목의 목록</translation>
    </message>
    <message>
        <source>The exec section has no command. Add the credential plugin&apos;s command or remove the section.</source>
        <translation>exec 섹션에 명령(command)이 없습니다. 자격 증명 플러그인의 명령을 추가하거나 이 섹션을 지우세요.</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2. Check the path and its permissions, or choose another file.</source>
        <translation>kubeconfig %1을(를) 읽을 수 없습니다: %2. 경로와 권한을 확인하거나 다른 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>No kubeconfig found (looked for %1). Choose a kubeconfig file or enter the API server&apos;s address by hand.</source>
        <translation>kubeconfig를 찾을 수 없습니다(찾아본 곳: %1). kubeconfig 파일을 선택하거나 API 서버 주소를 직접 입력하세요.</translation>
    </message>
    <message>
        <source>a kubeconfig mapping</source>
        <translation>kubeconfig 매핑</translation>
    </message>
    <message>
        <source>The kubeconfig %1 is not valid YAML at line %2, column %3. Check the indentation, colons and quotes on that line and the one before it.</source>
        <translation>kubeconfig %1의 %2번째 줄 %3번째 칸이 올바른 YAML이 아닙니다. 그 줄과 바로 윗줄의 들여쓰기, 콜론, 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 has a problem at line %2, column %3: %4</source>
        <translation>kubeconfig %1의 %2번째 줄 %3번째 칸에 문제가 있습니다: %4</translation>
    </message>
    <message>
        <source>The kubeconfig has no context named &quot;%1&quot;. Choose one of the contexts it lists.</source>
        <translation>kubeconfig에 &quot;%1&quot;(이)라는 컨텍스트가 없습니다. kubeconfig에 있는 컨텍스트 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; refers to cluster &quot;%2&quot;, which no kubeconfig file defines. Fix the context or add the cluster.</source>
        <translation>컨텍스트 &quot;%1&quot;이(가) 가리키는 클러스터 &quot;%2&quot;은(는) 어느 kubeconfig 파일에도 정의되어 있지 않습니다. 컨텍스트를 고치거나 클러스터를 추가하세요.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; refers to user &quot;%2&quot;, which no kubeconfig file defines. Fix the context or add the user.</source>
        <translation>컨텍스트 &quot;%1&quot;이(가) 가리키는 사용자 &quot;%2&quot;은(는) 어느 kubeconfig 파일에도 정의되어 있지 않습니다. 컨텍스트를 고치거나 사용자를 추가하세요.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no usable server address (&quot;%2&quot;). Set server to the API server&apos;s https URL.</source>
        <translation>클러스터 &quot;%1&quot;에 사용할 수 있는 서버 주소가 없습니다(&quot;%2&quot;). server에 API 서버의 https 주소를 지정하세요.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; sets both a CA certificate and insecure-skip-tls-verify, which kubectl refuses too. Remove insecure-skip-tls-verify (recommended) or the CA.</source>
        <translation>클러스터 &quot;%1&quot;에 CA 인증서와 insecure-skip-tls-verify가 함께 설정되어 있습니다. kubectl도 이 설정을 거부합니다. insecure-skip-tls-verify(권장) 또는 CA를 지우세요.</translation>
    </message>
    <message>
        <source>certificate-authority-data of cluster &quot;%1&quot; is not valid base64. Copy the value again from the cluster&apos;s admin kubeconfig.</source>
        <translation>클러스터 &quot;%1&quot;의 certificate-authority-data가 올바른 base64가 아닙니다. 클러스터의 관리자 kubeconfig에서 값을 다시 복사하세요.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; names the proxy %2. The wizard connects through the system&apos;s proxy settings instead; if the API server is reachable only through that proxy, set it as the system proxy.</source>
        <translation>클러스터 &quot;%1&quot;에 프록시 %2이(가) 지정되어 있습니다. 마법사는 이 프록시 대신 시스템의 프록시 설정으로 연결합니다. 그 프록시를 거쳐야만 API 서버에 접속할 수 있다면 시스템 프록시로 설정하세요.</translation>
    </message>
    <message>
        <source>client-certificate-data of user &quot;%1&quot; is not valid base64. Copy the value again from the cluster&apos;s admin kubeconfig.</source>
        <translation>사용자 &quot;%1&quot;의 client-certificate-data가 올바른 base64가 아닙니다. 클러스터의 관리자 kubeconfig에서 값을 다시 복사하세요.</translation>
    </message>
    <message>
        <source>client-key-data of user &quot;%1&quot; is not valid base64. Copy the value again from the cluster&apos;s admin kubeconfig.</source>
        <translation>사용자 &quot;%1&quot;의 client-key-data가 올바른 base64가 아닙니다. 클러스터의 관리자 kubeconfig에서 값을 다시 복사하세요.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has a client certificate without its key, or a key without its certificate. Add the missing one.</source>
        <translation>사용자 &quot;%1&quot;에 클라이언트 인증서만 있고 키가 없거나, 키만 있고 인증서가 없습니다. 빠진 쪽을 추가하세요.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has both a token and a username/password, which kubectl refuses too. Keep only one of them.</source>
        <translation>사용자 &quot;%1&quot;에 토큰과 사용자 이름/비밀번호가 모두 있습니다. kubectl도 이 설정을 거부합니다. 둘 중 하나만 남기세요.</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; of user &quot;%2&quot; always needs a terminal (interactiveMode: Always). Log in with it in a terminal first, or use a kubeconfig with a token or certificate.</source>
        <translation>사용자 &quot;%2&quot;의 자격 증명 플러그인 &quot;%1&quot;은(는) 항상 터미널이 필요합니다(interactiveMode: Always). 먼저 터미널에서 이 플러그인으로 로그인하거나, 토큰이나 인증서가 들어 있는 kubeconfig를 사용하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https address. Enter the API server&apos;s URL, for example https://203.0.113.10:6443.</source>
        <translation>&quot;%1&quot;은(는) https 주소가 아닙니다. API 서버 주소를 입력하세요. 예: https://203.0.113.10:6443</translation>
    </message>
</context>
<context>
    <name>KubeResourceMap</name>
    <message>
        <source>The cluster does not offer %1 (%2). Check that the cluster&apos;s Kubernetes version supports it, or install what provides it first.</source>
        <translation>클러스터가 %1(%2)을(를) 제공하지 않습니다. 클러스터의 Kubernetes 버전이 이를 지원하는지 확인하거나, 이를 제공하는 구성 요소를 먼저 설치하세요.</translation>
    </message>
</context>
<context>
    <name>ManifestApplySet</name>
    <message>
        <source>Document %1 of the manifest is not an object (line %2). Check the manifest text, or render it again.</source>
        <translation>매니페스트의 %1번째 문서가 오브젝트가 아닙니다(%2번째 줄). 매니페스트 내용을 확인하거나 매니페스트를 다시 만드세요.</translation>
    </message>
    <message>
        <source>The manifest is not valid YAML at line %1, column %2: %3. Correct the template, or render it again.</source>
        <translation>매니페스트의 %1번째 줄 %2번째 칸이 올바른 YAML이 아닙니다: %3. 템플릿을 고치거나 매니페스트를 다시 만드세요.</translation>
    </message>
    <message>
        <source>Document %1 of the manifest lacks apiVersion, kind or metadata.name. Correct the template, or render it again.</source>
        <translation>매니페스트의 %1번째 문서에 apiVersion, kind 또는 metadata.name이 없습니다. 템플릿을 고치거나 매니페스트를 다시 만드세요.</translation>
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
    <name>NodePortCoverage</name>
    <message>
        <source>yes</source>
        <comment>@item:intable pairs cover this node</comment>
        <translation>예</translation>
    </message>
    <message>
        <source>no — missing %1</source>
        <comment>@item:intable pairs cover this node</comment>
        <translation>아니요 — %1 빠짐</translation>
    </message>
    <message>
        <source>not needed (port security off)</source>
        <comment>@item:intable pairs cover this node</comment>
        <translation>필요 없음 (포트 보안 꺼짐)</translation>
    </message>
    <message>
        <source>no InternalIP</source>
        <comment>@item:intable pairs cover this node</comment>
        <translation>InternalIP 없음</translation>
    </message>
    <message>
        <source>no port with %1</source>
        <comment>@item:intable pairs cover this node</comment>
        <translation>%1을(를) 가진 포트 없음</translation>
    </message>
    <message>
        <source>The allowed address pairs of port %1 (fixed IP %2) cover this node&apos;s pod range and the service CIDR.</source>
        <comment>@info:tooltip</comment>
        <translation>포트 %1(고정 IP %2)의 허용 주소 쌍이 이 노드의 파드 범위와 서비스 CIDR을 포함합니다.</translation>
    </message>
    <message>
        <source>The allowed address pairs of port %1 (fixed IP %2) do not cover %3, so Neutron drops that pod traffic of this node. Add the missing ranges as allowed address pairs (the OpenStack part of the plan does this).</source>
        <comment>@info:tooltip</comment>
        <translation>포트 %1(고정 IP %2)의 허용 주소 쌍에 %3이(가) 포함되어 있지 않아서, Neutron이 이 노드의 해당 파드 트래픽을 버립니다. 빠진 범위를 허용 주소 쌍으로 추가하세요(변경 계획의 OpenStack 부분이 이 작업을 합니다).</translation>
    </message>
    <message>
        <source>Port %1 (fixed IP %2) has port security turned off: Neutron does not filter its traffic, so it needs no allowed address pairs.</source>
        <comment>@info:tooltip</comment>
        <translation>포트 %1(고정 IP %2)은(는) 포트 보안이 꺼져 있습니다. Neutron이 이 포트의 트래픽을 필터링하지 않으므로 허용 주소 쌍이 필요 없습니다.</translation>
    </message>
    <message>
        <source>The node reports no InternalIP address, so its OpenStack port cannot be found. Check the kubelet&apos;s --node-ip setting.</source>
        <comment>@info:tooltip</comment>
        <translation>노드가 InternalIP 주소를 보고하지 않아서 노드의 OpenStack 포트를 찾을 수 없습니다. kubelet의 --node-ip 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>No port of the OpenStack project has the fixed IP %1. Check that this node runs on a server of the project you connected to, and that its InternalIP is its OpenStack address.</source>
        <comment>@info:tooltip</comment>
        <translation>OpenStack 프로젝트에 고정 IP가 %1인 포트가 없습니다. 이 노드가 연결한 프로젝트의 서버에서 실행되는지, 노드의 InternalIP가 OpenStack 주소인지 확인하세요.</translation>
    </message>
    <message>
        <source>The OpenStack ports have not been read. Connect to OpenStack to see whether the allowed address pairs cover this node.</source>
        <comment>@info:tooltip</comment>
        <translation>OpenStack 포트를 읽지 않았습니다. 허용 주소 쌍이 이 노드를 포함하는지 보려면 OpenStack에 연결하세요.</translation>
    </message>
</context>
<context>
    <name>NodeRow</name>
    <message>
        <source>The node has no creation time.</source>
        <comment>@info:tooltip</comment>
        <translation>노드에 생성 시각이 없습니다.</translation>
    </message>
    <message>
        <source>Created %1 (UTC).</source>
        <comment>@info:tooltip</comment>
        <translation>%1(UTC)에 생성되었습니다.</translation>
    </message>
    <message>
        <source>%1 (annotation)</source>
        <comment>@item pod range from a node annotation</comment>
        <translation>%1 (어노테이션)</translation>
    </message>
    <message>
        <source>%1 (spec.podCIDR)</source>
        <comment>@item pod range from the node&apos;s spec</comment>
        <translation>%1 (spec.podCIDR)</translation>
    </message>
    <message>
        <source>none — kube-router will crash-loop</source>
        <comment>@item no pod range</comment>
        <translation>없음 — kube-router가 재시작을 반복(crash-loop)하게 됨</translation>
    </message>
    <message>
        <source>Annotation kube-router.io/pod-cidr: %1</source>
        <comment>@info:tooltip</comment>
        <translation>어노테이션 kube-router.io/pod-cidr: %1</translation>
    </message>
    <message>
        <source>Annotation kube-router.io/pod-cidrs: %1</source>
        <comment>@info:tooltip</comment>
        <translation>어노테이션 kube-router.io/pod-cidrs: %1</translation>
    </message>
    <message>
        <source>spec.podCIDR: %1</source>
        <comment>@info:tooltip</comment>
        <translation>spec.podCIDR: %1</translation>
    </message>
    <message>
        <source>This node has no pod range, so kube-router cannot start on it and crash-loops. Add the kube-router.io/pod-cidr annotation to the node.</source>
        <comment>@info:tooltip</comment>
        <translation>이 노드에 파드 범위가 없어서 kube-router가 시작하지 못하고 재시작을 반복(crash-loop)합니다. 노드에 kube-router.io/pod-cidr 어노테이션을 추가하세요.</translation>
    </message>
    <message>
        <source>kube-router uses %1. It reads the annotations only when its pod starts: after changing them, delete the node&apos;s kube-router pod so it restarts.</source>
        <comment>@info:tooltip</comment>
        <translation>kube-router는 %1을(를) 사용합니다. kube-router는 파드가 시작할 때만 어노테이션을 읽으므로, 어노테이션을 바꾼 뒤에는 이 노드의 kube-router 파드를 삭제해서 재시작되게 하세요.</translation>
    </message>
    <message>
        <source>no pod yet</source>
        <comment>@item kube-router pod</comment>
        <translation>아직 파드 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <comment>@item kube-router pod</comment>
        <translation>
            <numerusform>재시작 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>last: %1 (exit %2)</source>
        <comment>@item how the container last ended</comment>
        <translation>마지막: %1 (종료 코드 %2)</translation>
    </message>
    <message>
        <source>No kube-router pod runs on this node yet. Pods appear once the kube-router DaemonSet is installed.</source>
        <comment>@info:tooltip</comment>
        <translation>이 노드에서 아직 kube-router 파드가 실행되지 않습니다. kube-router 데몬셋을 설치하면 파드가 나타납니다.</translation>
    </message>
    <message>
        <source>Pod %1/%2</source>
        <comment>@info:tooltip</comment>
        <translation>파드 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Status: %1 · ready %2 · %n restart(s)</source>
        <comment>@info:tooltip</comment>
        <translation>
            <numerusform>상태: %1 · 준비 %2 · 재시작 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <comment>@info:tooltip</comment>
        <translation>대기 중: %1</translation>
    </message>
    <message>
        <source>Last ended %1 ago: %2 (exit %3)</source>
        <comment>@info:tooltip</comment>
        <translation>%1 전에 마지막으로 종료됨: %2 (종료 코드 %3)</translation>
    </message>
    <message>
        <source>Read its log: kubectl -n %1 logs %2 --previous</source>
        <comment>@info:tooltip</comment>
        <translation>로그 보기: kubectl -n %1 logs %2 --previous</translation>
    </message>
    <message>
        <source>Being deleted since %1 ago.</source>
        <comment>@info:tooltip</comment>
        <translation>%1 전부터 삭제 중입니다.</translation>
    </message>
    <message>
        <source>likely cause: kube-router is crash-looping on this node (%1)</source>
        <comment>@item why a node is not Ready</comment>
        <translation>추정 원인: 이 노드에서 kube-router가 재시작을 반복(crash-loop)하는 중 (%1)</translation>
    </message>
    <message>
        <source>likely cause: no pod CIDR for kube-router</source>
        <comment>@item why a node is not Ready</comment>
        <translation>추정 원인: kube-router가 쓸 파드 CIDR이 없음</translation>
    </message>
    <message>
        <source>Ready since %1 ago</source>
        <comment>@info:tooltip</comment>
        <translation>%1 전부터 Ready</translation>
    </message>
    <message>
        <source>no Ready condition: the kubelet has not reported</source>
        <comment>@item why a node is not Ready</comment>
        <translation>Ready 조건 없음: kubelet이 아직 보고하지 않음</translation>
    </message>
    <message>
        <source>last heartbeat %1 ago</source>
        <comment>@item why a node is not Ready</comment>
        <translation>마지막 하트비트: %1 전</translation>
    </message>
    <message>
        <source>The node has no Ready condition: its kubelet has not reported yet.</source>
        <comment>@info:tooltip</comment>
        <translation>노드에 Ready 조건이 없습니다. 노드의 kubelet이 아직 보고하지 않았습니다.</translation>
    </message>
    <message>
        <source>Ready condition: %1 for %2</source>
        <comment>@info:tooltip</comment>
        <translation>Ready 조건: %1 (%2 동안)</translation>
    </message>
    <message>
        <source>Cordoned: no new pods are scheduled here (kubectl uncordon %1).</source>
        <comment>@info:tooltip</comment>
        <translation>스케줄 불가(cordon): 이 노드에는 새 파드가 배치되지 않습니다(kubectl uncordon %1).</translation>
    </message>
    <message>
        <source>Taints: %1</source>
        <comment>@info:tooltip</comment>
        <translation>테인트: %1</translation>
    </message>
    <message>
        <source>%1
Internal IP: %2 · External IP: %3
OS image: %4
Kernel: %5
Container runtime: %6</source>
        <comment>@info:tooltip kubectl&apos;s wide columns</comment>
        <translation>%1
내부 IP: %2 · 외부 IP: %3
OS 이미지: %4
커널: %5
컨테이너 런타임: %6</translation>
    </message>
    <message>
        <source>%1 is NotReady.</source>
        <comment>@info problem</comment>
        <translation>%1이(가) NotReady 상태입니다.</translation>
    </message>
    <message>
        <source>%1 is NotReady: %2.</source>
        <comment>@info problem</comment>
        <translation>%1이(가) NotReady 상태입니다: %2.</translation>
    </message>
    <message>
        <source>%1 stopped reporting (Ready is Unknown: %2). Check that the node is running and its kubelet can reach the API server.</source>
        <comment>@info problem</comment>
        <translation>%1이(가) 보고를 멈췄습니다(Ready가 Unknown: %2). 노드가 실행 중인지, 노드의 kubelet이 API 서버에 접속할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 has no Ready condition: its kubelet has not reported yet. Check that the kubelet runs on the node.</source>
        <comment>@info problem</comment>
        <translation>%1에 Ready 조건이 없습니다. kubelet이 아직 보고하지 않았습니다. 노드에서 kubelet이 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>Its last heartbeat was %1 ago.</source>
        <comment>@info problem</comment>
        <translation>마지막 하트비트는 %1 전입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Its kube-router pod %1 is crash-looping (%n restart(s)): read its log with kubectl -n %2 logs %1 --previous.</source>
        <comment>@info problem</comment>
        <translation>
            <numerusform>이 노드의 kube-router 파드 %1이(가) 재시작을 반복(crash-loop)하고 있습니다(재시작 %n회). kubectl -n %2 logs %1 --previous로 로그를 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no pod CIDR, so kube-router cannot start there: add the kube-router.io/pod-cidr annotation.</source>
        <comment>@info problem</comment>
        <translation>파드 CIDR이 없어서 이 노드에서는 kube-router가 시작할 수 없습니다. kube-router.io/pod-cidr 어노테이션을 추가하세요.</translation>
    </message>
</context>
<context>
    <name>OpenRcReader</name>
    <message>
        <source>Line %1 sets %2 with a shell expansion ($VAR, $(...) or backticks). The wizard never runs the file, so %2 was not imported: enter its value by hand.</source>
        <translation>%1번째 줄은 셸 확장($VAR, $(...) 또는 백틱)으로 %2을(를) 설정합니다. 마법사는 이 파일을 실행하지 않으므로 %2을(를) 가져오지 않았습니다. 값을 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Line %1 sets %2 in a way the wizard cannot read (an unclosed quote, a value continued on the next line, or further commands). %2 was not imported: enter its value by hand.</source>
        <translation>%1번째 줄은 마법사가 읽을 수 없는 방식으로 %2을(를) 설정합니다(닫히지 않은 따옴표, 다음 줄로 이어지는 값, 또는 뒤따르는 다른 명령). %2을(를) 가져오지 않았습니다. 값을 직접 입력하세요.</translation>
    </message>
    <message>
        <source>The file %1 sets no OS_* variables, so it is not an openrc file. Choose the file Horizon offers under &quot;API Access&quot;.</source>
        <translation>%1 파일은 OS_* 변수를 하나도 설정하지 않으므로 openrc 파일이 아닙니다. Horizon의 &quot;API 액세스&quot;(API Access)에서 받을 수 있는 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may read it.</source>
        <translation>%1 파일을 읽을 수 없습니다. 파일이 있는지, 읽기 권한이 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>PairJournalStore</name>
    <message>
        <source>Line %1 of the journal is not valid JSON. The file was changed by hand or damaged; it cannot be used for undo.</source>
        <translation>저널의 %1번째 줄이 올바른 JSON이 아닙니다. 파일을 직접 수정했거나 파일이 손상되었으므로 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The journal does not start with its header line. It cannot be used for undo.</source>
        <translation>저널이 헤더 줄로 시작하지 않습니다. 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Line %1 of the journal has the unknown type &quot;%2&quot;. It cannot be used for undo.</source>
        <translation>저널의 %1번째 줄에 알 수 없는 유형 &quot;%2&quot;이(가) 있습니다. 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The journal is empty. It cannot be used for undo.</source>
        <translation>저널이 비어 있습니다. 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the journal of run %1: %2.</source>
        <translation>실행 %1의 저널을 읽을 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>PodCidrAnnotationPlan</name>
    <message numerus="yes">
        <source>%n node(s): %1 to set, %2 unchanged, %3 skipped, %4 invalid</source>
        <translation>
            <numerusform>노드 %n개: 설정 %1개, 변경 없음 %2개, 건너뜀 %3개, 잘못됨 %4개</numerusform>
        </translation>
    </message>
    <message>
        <source>set</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>잘못됨</translation>
    </message>
</context>
<context>
    <name>PodCidrAnnotationPlanner</name>
    <message>
        <source>The cluster CIDR &quot;%1&quot; is not usable. %2</source>
        <translation>클러스터 CIDR &quot;%1&quot;을(를) 사용할 수 없습니다. %2</translation>
    </message>
    <message>
        <source>Nothing was asked for: ask for suggested ranges for the nodes without one, or name nodes with the range each should get.</source>
        <translation>요청한 내용이 없습니다. 파드 범위가 없는 노드에 제안 범위를 요청하거나, 노드마다 지정할 범위와 함께 노드 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>There is no node named &quot;%1&quot; in the cluster. Check the name; the nodes are: %2%3.</source>
        <translation>클러스터에 &quot;%1&quot;(이)라는 노드가 없습니다. 이름을 확인하세요. 노드 목록: %2%3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Node %1 is named more than once. Give each node one range.</source>
        <translation>노드 %1이(가) 두 번 이상 지정되었습니다. 노드마다 범위를 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>The range for node %1 cannot be checked without a valid cluster CIDR.</source>
        <translation>올바른 클러스터 CIDR이 없어서 노드 %1의 범위를 검사할 수 없습니다.</translation>
    </message>
    <message>
        <source>Node %1 already has %2 in both annotations.</source>
        <translation>노드 %1의 두 어노테이션에 이미 %2이(가) 있습니다.</translation>
    </message>
    <message>
        <source>For kube-router the annotation overrides spec.podCIDR %1.</source>
        <translation>kube-router에서는 어노테이션이 spec.podCIDR %1보다 우선합니다.</translation>
    </message>
    <message>
        <source>Node %1 already has a pod range (%2); it stays as it is.</source>
        <translation>노드 %1에는 이미 파드 범위(%2)가 있으므로 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Node %1 has a pod range that is not valid CIDR (%2), so kube-router cannot start there. Name the node with a correct range to replace it.</source>
        <translation>노드 %1의 파드 범위(%2)가 올바른 CIDR이 아니어서 그 노드에서 kube-router가 시작할 수 없습니다. 이 범위를 바꾸려면 올바른 범위와 함께 노드 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Node %1 has no pod range and is not part of this request: kube-router crash-loops there until it gets one.</source>
        <translation>노드 %1에는 파드 범위가 없는데 이번 요청에 포함되지 않았습니다. 범위를 받을 때까지 그 노드에서 kube-router가 재시작을 반복(crash-loop)합니다.</translation>
    </message>
</context>
<context>
    <name>PodCidrJournalStore</name>
    <message>
        <source>Line %1 of the pod-range journal is not valid JSON. The file was changed by hand or damaged; it cannot be used for undo.</source>
        <translation>파드 범위 저널의 %1번째 줄이 올바른 JSON이 아닙니다. 파일을 직접 수정했거나 파일이 손상되었으므로 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The file does not start with the header of a pod-range journal. It cannot be used for undo.</source>
        <translation>파일이 파드 범위 저널의 헤더로 시작하지 않습니다. 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Line %1 of the pod-range journal reports node %2 without its begin line. It cannot be used for undo.</source>
        <translation>파드 범위 저널의 %1번째 줄에 노드 %2의 기록이 있지만 그 시작 줄이 없습니다. 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Line %1 of the pod-range journal has the unknown type &quot;%2&quot;. It cannot be used for undo.</source>
        <translation>파드 범위 저널의 %1번째 줄에 알 수 없는 유형 &quot;%2&quot;이(가) 있습니다. 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The pod-range journal is empty. It cannot be used for undo.</source>
        <translation>파드 범위 저널이 비어 있습니다. 되돌리기에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id. Run ids look like 20260101-120000-abcd; list the folder %2 to see them.</source>
        <translation>&quot;%1&quot;은(는) 실행 ID가 아닙니다. 실행 ID는 20260101-120000-abcd와 같은 형식입니다. %2 폴더의 목록을 보면 실행 ID를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot read the journal of run %1 in %2: %3. Check the run id and the journal folder.</source>
        <translation>%2에서 실행 %1의 저널을 읽을 수 없습니다: %3. 실행 ID와 저널 폴더를 확인하세요.</translation>
    </message>
    <message>
        <source>No pod-range run against %1 is left to undo in %2. Name a run with its id if it was recorded in another journal folder.</source>
        <translation>%2에는 %1을(를) 대상으로 한 파드 범위 실행 중 되돌릴 것이 남아 있지 않습니다. 다른 저널 폴더에 기록된 실행이라면 실행 ID로 지정하세요.</translation>
    </message>
</context>
<context>
    <name>PodCidrNode</name>
    <message>
        <source>%1 (annotation)</source>
        <translation>%1 (어노테이션)</translation>
    </message>
    <message>
        <source>%1 (annotation pod-cidr)</source>
        <translation>%1 (어노테이션 pod-cidr)</translation>
    </message>
    <message>
        <source>%1 (annotation pod-cidrs)</source>
        <translation>%1 (어노테이션 pod-cidrs)</translation>
    </message>
    <message>
        <source>%1 (spec.podCIDR)</source>
        <translation>%1 (spec.podCIDR)</translation>
    </message>
    <message>
        <source>%1 (spec.podCIDR, overridden)</source>
        <translation>%1 (spec.podCIDR, 재정의됨)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>PodCidrSuggester</name>
    <message>
        <source>No pod range can be suggested for node %1 without a valid cluster CIDR. Give the cluster CIDR, for example 10.200.0.0/16.</source>
        <translation>올바른 클러스터 CIDR이 없으면 노드 %1의 파드 CIDR 범위를 제안할 수 없습니다. 클러스터 CIDR을 입력하세요(예: 10.200.0.0/16).</translation>
    </message>
    <message>
        <source>No free /%1 range is left in the cluster CIDR %2 for node %3: every block is in use. Free the ranges of nodes that no longer exist, or use a larger cluster CIDR.</source>
        <translation>클러스터 CIDR %2에 노드 %3에 줄 빈 /%1 범위가 남아 있지 않습니다. 모든 블록이 사용 중입니다. 더 이상 존재하지 않는 노드의 범위를 해제하거나 더 큰 클러스터 CIDR을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>PodCidrUndoPlan</name>
    <message numerus="yes">
        <source>%n node(s): %1 to restore, %2 already restored, %3 changed since, %4 gone</source>
        <translation>
            <numerusform>노드 %n개: 복원할 노드 %1개, 이미 복원됨 %2개, 그사이 변경됨 %3개, 없어짐 %4개</numerusform>
        </translation>
    </message>
    <message>
        <source>restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>already restored</source>
        <translation>이미 복원됨</translation>
    </message>
    <message>
        <source>changed since, skip</source>
        <translation>그사이 변경됨, 건너뜀</translation>
    </message>
    <message>
        <source>node gone, skip</source>
        <translation>노드 없음, 건너뜀</translation>
    </message>
</context>
<context>
    <name>PodCidrUndoPlanner</name>
    <message>
        <source>Node %1 no longer exists; there is nothing to undo there.</source>
        <translation>노드 %1이(가) 더 이상 존재하지 않으므로 되돌릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>Node %1 already holds what it had before run %2.</source>
        <translation>노드 %1은(는) 이미 실행 %2 이전의 값을 가지고 있습니다.</translation>
    </message>
    <message>
        <source>The annotations of node %1 changed after run %2 set them (now %3), so they are left as they are. Change them by hand if they should go.</source>
        <translation>실행 %2에서 설정한 뒤 노드 %1의 어노테이션이 바뀌어서(현재 %3) 그대로 둡니다. 지워야 한다면 직접 바꾸세요.</translation>
    </message>
    <message>
        <source>Run %1 is itself an undo and cannot be undone. Name the annotate run to undo instead.</source>
        <translation>실행 %1은(는) 그 자체가 되돌리기이므로 되돌릴 수 없습니다. 대신 되돌릴 어노테이션 실행을 지정하세요.</translation>
    </message>
</context>
<context>
    <name>PodCidrValidator</name>
    <message>
        <source>The pod range &quot;%1&quot; for node %2 is not a network in CIDR notation. %3</source>
        <translation>노드 %2의 파드 CIDR 범위 &quot;%1&quot;이(가) CIDR 표기법의 네트워크가 아닙니다. %3</translation>
    </message>
    <message>
        <source>The pod range %1 for node %2 is an %3 range, but the cluster CIDR %4 is %5. Give node %2 an %5 range inside %4.</source>
        <translation>노드 %2의 파드 CIDR 범위 %1은(는) %3 범위인데, 클러스터 CIDR %4은(는) %5입니다. 노드 %2에 %4 안의 %5 범위를 지정하세요.</translation>
    </message>
    <message>
        <source>The pod range &quot;%1&quot; for node %2 has host bits set after the prefix. Use the network itself: %3.</source>
        <translation>노드 %2의 파드 CIDR 범위 &quot;%1&quot;에 프리픽스 뒤의 호스트 비트가 설정되어 있습니다. 네트워크 주소 자체를 사용하세요: %3.</translation>
    </message>
    <message>
        <source>The pod range %1 for node %2 is not inside the cluster CIDR %3. Choose a range inside %3, or correct the cluster CIDR if %3 is not this cluster&apos;s.</source>
        <translation>노드 %2의 파드 CIDR 범위 %1이(가) 클러스터 CIDR %3 안에 있지 않습니다. %3 안의 범위를 선택하거나, %3이(가) 이 클러스터의 클러스터 CIDR이 아니라면 클러스터 CIDR을 고치세요.</translation>
    </message>
    <message>
        <source>The pod range %1 is asked for both node %2 and node %3. Give each node a range of its own.</source>
        <translation>파드 CIDR 범위 %1이(가) 노드 %2과(와) 노드 %3 모두에 요청되었습니다. 노드마다 고유한 범위를 지정하세요.</translation>
    </message>
    <message>
        <source>The pod range %1 for node %2 overlaps %3, which this request gives node %4. Give each node a range that overlaps no other.</source>
        <translation>노드 %2의 파드 CIDR 범위 %1이(가) 이 요청에서 노드 %4에 지정한 %3과(와) 겹칩니다. 노드마다 다른 범위와 겹치지 않는 범위를 지정하세요.</translation>
    </message>
    <message>
        <source>The pod range %1 for node %2 overlaps %3, the pod range of node %4. Choose a range no other node uses, or let a free one be suggested for node %2.</source>
        <translation>노드 %2의 파드 CIDR 범위 %1이(가) 노드 %4의 파드 CIDR 범위 %3과(와) 겹칩니다. 다른 노드가 사용하지 않는 범위를 선택하거나, 노드 %2에 빈 범위를 제안받으세요.</translation>
    </message>
</context>
<context>
    <name>PortFailure</name>
    <message>
        <source>Port security is off on this port, so Neutron accepts no address pairs for it (and does not filter its traffic). Nothing to do on it.</source>
        <translation>이 포트는 포트 보안(port security)이 꺼져 있어서 Neutron이 허용 주소 쌍 (allowed address pairs)을 받지 않습니다(트래픽도 필터링하지 않습니다). 이 포트에서는 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>This port would have more address pairs than Neutron allows. Remove pairs that are no longer needed, or ask the administrator to raise max_allowed_address_pair.</source>
        <translation>이 포트의 허용 주소 쌍 (allowed address pairs)이 Neutron이 허용하는 개수를 넘게 됩니다. 더 이상 필요 없는 주소 쌍을 지우거나, 관리자에게 max_allowed_address_pair 값을 늘려 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Someone else changed this port at the same time. Check the plan again and retry.</source>
        <translation>다른 누군가가 같은 시점에 이 포트를 바꿨습니다. 변경 계획을 다시 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Neutron does not let these credentials change this port (HTTP %1): it is gone, belongs to another project, or is on a network you may not change. Check the project, or ask the cloud&apos;s administrator.</source>
        <translation>Neutron이 이 자격 증명으로 이 포트를 바꾸도록 허용하지 않습니다(HTTP %1). 포트가 없어졌거나, 다른 프로젝트의 포트이거나, 바꿀 권한이 없는 네트워크에 있습니다. 프로젝트를 확인하거나 클라우드 관리자에게 문의하세요.</translation>
    </message>
</context>
<context>
    <name>PortPlan</name>
    <message>
        <source>Port security is off on this port, so Neutron accepts no address pairs and does not filter its traffic. Nothing to do.</source>
        <translation>이 포트는 포트 보안이 꺼져 있어서 Neutron이 주소 쌍을 받지 않고 트래픽도 거르지 않습니다. 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>This port would have %1 address pairs, more than the limit of %2. Remove pairs that are no longer needed, or ask the administrator to raise max_allowed_address_pair.</source>
        <translation>이 포트의 주소 쌍이 %1개가 되어 한도인 %2개를 넘습니다. 더 이상 필요 없는 쌍을 지우거나, 관리자에게 max_allowed_address_pair 값을 올려 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Neutron refused to change this port earlier (not allowed or not found). Check that it belongs to project %1 and that you may change it.</source>
        <translation>앞서 Neutron이 이 포트의 변경을 거부했습니다(권한 없음 또는 찾을 수 없음). 포트가 프로젝트 %1에 속하는지, 변경 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>This port no longer exists; there is nothing to undo on it.</source>
        <translation>이 포트는 더 이상 존재하지 않으므로 되돌릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>Not a server&apos;s port (owner %1); such ports take no address pairs.</source>
        <translation>서버의 포트가 아닙니다(소유자 %1). 이런 포트에는 주소 쌍을 추가하지 않습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Not selected.</source>
        <translation>선택되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 ports to change, %2 pairs to remove, %3 already without them, %4 blocked.</source>
        <translation>변경할 포트 %1개, 제거할 쌍 %2개, 이미 쌍이 없는 포트 %3개, 진행 불가 %4개.</translation>
    </message>
    <message>
        <source>%1 ports to change, %2 pairs to add, %3 complete, %4 skipped, %5 blocked.</source>
        <translation>변경할 포트 %1개, 추가할 쌍 %2개, 이미 완료 %3개, 건너뜀 %4개, 진행 불가 %5개.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>+ %1  %2  add %3</source>
        <translation>+ %1  %2  %3 추가</translation>
    </message>
    <message>
        <source>- %1  %2  remove %3</source>
        <translation>- %1  %2  %3 제거</translation>
    </message>
    <message>
        <source>= %1  %2  complete</source>
        <translation>= %1  %2  이미 완료</translation>
    </message>
    <message>
        <source>skip %1  %2  %3</source>
        <translation>skip %1  %2  %3</translation>
    </message>
    <message>
        <source>! %1  %2  %3</source>
        <translation>! %1  %2  %3</translation>
    </message>
    <message>
        <source>  %1  %2  not selected: %3</source>
        <translation>  %1  %2  선택 안 됨: %3</translation>
    </message>
</context>
<context>
    <name>PortsCredentials</name>
    <message>
        <source>%1 defines several clouds: %2. Choose one with --os-cloud NAME or OS_CLOUD.</source>
        <translation>%1에 여러 클라우드가 정의되어 있습니다: %2. --os-cloud NAME 또는 OS_CLOUD로 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>the OS_* environment variables</source>
        <translation>OS_* 환경 변수</translation>
    </message>
</context>
<context>
    <name>PortsOptions</name>
    <message>
        <source>Adds the cluster and service CIDRs as allowed address pairs to the compute ports of your Kubernetes nodes on OpenStack, so Neutron stops dropping pod and service traffic; and takes them away again.

Actions:
  plan   Show what would change on which port (the default). Changes nothing.
  apply  Show the plan, ask, then change the ports. Each change is journaled.
  undo   Remove exactly the pairs an earlier apply added (--journal ID; default: the most recent finished apply).
  runs   List the journaled runs, newest first.

Credentials come from --openrc FILE, else the cloud --os-cloud NAME (or OS_CLOUD) in clouds.yaml and secure.yaml, else the OS_* environment variables, else the only cloud in clouds.yaml. A missing password is taken from OS_PASSWORD or asked for on the terminal; it is never an option.

Exit codes: 0 done or nothing to do, 1 some ports failed or the run was interrupted (listed), 2 bad input or sign-in failed (nothing was changed).</source>
        <translation>OpenStack 위 Kubernetes 노드의 컴퓨트 포트에 클러스터 CIDR과 서비스 CIDR을 허용 주소 쌍 (allowed address pairs)으로 추가해서 Neutron이 파드 트래픽과 서비스 트래픽을 버리지 않게 합니다. 추가한 쌍을 다시 제거할 수도 있습니다.

동작:
  plan   어느 포트에서 무엇이 바뀌는지 보여 줍니다(기본 동작). 아무것도 바꾸지 않습니다.
  apply  변경 계획을 보여 주고 확인을 받은 뒤 포트를 변경합니다. 모든 변경은 저널에 기록됩니다.
  undo   이전 적용에서 추가한 쌍만 정확히 제거합니다(--journal ID; 기본값: 가장 최근에 끝난 적용).
  runs   저널에 기록된 실행을 최신 순으로 나열합니다.

자격 증명은 다음 순서로 찾습니다: --openrc FILE, clouds.yaml과 secure.yaml의 --os-cloud NAME(또는 OS_CLOUD) 클라우드, OS_* 환경 변수, clouds.yaml에 하나뿐인 클라우드. 비밀번호가 없으면 OS_PASSWORD에서 가져오거나 터미널에서 묻습니다. 비밀번호는 옵션으로 받지 않습니다.

종료 코드: 0 완료 또는 할 일 없음, 1 일부 포트 실패 또는 실행 중단(목록 표시), 2 잘못된 입력 또는 로그인 실패(아무것도 바꾸지 않음).</translation>
    </message>
    <message>
        <source>plan, apply, undo or runs.</source>
        <translation>plan, apply, undo 또는 runs.</translation>
    </message>
    <message>
        <source>The cloud in clouds.yaml. Default: OS_CLOUD.</source>
        <translation>clouds.yaml의 클라우드. 기본값: OS_CLOUD</translation>
    </message>
    <message>
        <source>Read the credentials from this openrc file (it is read, never run).</source>
        <translation>이 openrc 파일에서 자격 증명을 읽습니다(파일을 읽기만 하고 실행하지는 않습니다).</translation>
    </message>
    <message>
        <source>Use Neutron of this region. Default: as the credentials say.</source>
        <translation>이 리전의 Neutron을 사용합니다. 기본값: 자격 증명에 지정된 리전</translation>
    </message>
    <message>
        <source>Endpoint interface: public, internal or admin. Default: as the credentials say.</source>
        <translation>엔드포인트 인터페이스: public, internal 또는 admin. 기본값: 자격 증명에 지정된 인터페이스</translation>
    </message>
    <message>
        <source>The cluster (pod) CIDR. Default: %1.</source>
        <translation>클러스터(파드) CIDR. 기본값: %1</translation>
    </message>
    <message>
        <source>The service CIDR. Default: %1.</source>
        <translation>서비스 CIDR. 기본값: %1</translation>
    </message>
    <message>
        <source>Only the servers whose name matches this pattern (* and ?, whole name, case-sensitive). Default: every server.</source>
        <translation>이름이 이 패턴과 일치하는 서버만 대상으로 합니다(*와 ? 사용 가능, 이름 전체 일치, 대소문자 구분). 기본값: 모든 서버</translation>
    </message>
    <message>
        <source>Ports changed at once, 1 to 64. Default: 8.</source>
        <translation>동시에 변경할 포트 수(1~64). 기본값: 8</translation>
    </message>
    <message>
        <source>Allowed address pairs per port as your Neutron is configured (max_allowed_address_pair). Default: 10.</source>
        <translation>Neutron 설정에 따른 포트당 허용 주소 쌍 최대 개수(max_allowed_address_pair). 기본값: 10</translation>
    </message>
    <message>
        <source>Apply or undo without asking.</source>
        <translation>묻지 않고 적용하거나 되돌립니다.</translation>
    </message>
    <message>
        <source>undo: the run to undo (see &quot;ports runs&quot;).</source>
        <translation>undo: 되돌릴 실행(&quot;ports runs&quot; 참고).</translation>
    </message>
    <message>
        <source>Where run journals are kept. Default: %1.</source>
        <translation>실행 저널을 보관하는 위치. 기본값: %1</translation>
    </message>
    <message>
        <source>Also print the openstack commands that make the same changes.</source>
        <translation>같은 변경을 하는 openstack 명령도 출력합니다.</translation>
    </message>
    <message>
        <source>text or json. Default: text.</source>
        <translation>text 또는 json. 기본값: text</translation>
    </message>
    <message>
        <source>See podnet-wizard ports --help.</source>
        <translation>podnet-wizard ports --help를 참고하세요.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use plan, apply, undo or runs. See podnet-wizard ports --help.</source>
        <translation>&quot;%1&quot;은(는) 알 수 없는 동작입니다. plan, apply, undo, runs 중 하나를 사용하세요. podnet-wizard ports --help를 참고하세요.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See podnet-wizard ports --help.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다. podnet-wizard ports --help를 참고하세요.</translation>
    </message>
    <message>
        <source>--output must be text or json, not &quot;%1&quot;.</source>
        <translation>--output 값은 text 또는 json이어야 합니다. &quot;%1&quot;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--cluster-cidr %1 and --service-cidr %2 overlap. Choose two separate networks.</source>
        <translation>--cluster-cidr %1과(와) --service-cidr %2이(가) 겹칩니다. 서로 겹치지 않는 두 네트워크를 지정하세요.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to 64.</source>
        <translation>--concurrency 값은 1에서 64 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>--pair-limit must be a whole number from 2 to 1000.</source>
        <translation>--pair-limit 값은 2에서 1000 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>--select needs a server name pattern, e.g. &quot;worker-*&quot;.</source>
        <translation>--select에는 서버 이름 패턴이 필요합니다. 예: &quot;worker-*&quot;</translation>
    </message>
    <message>
        <source>Give either --os-cloud or --openrc, not both.</source>
        <translation>--os-cloud와 --openrc 중 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>--os-cloud needs the name of a cloud in clouds.yaml.</source>
        <translation>--os-cloud에는 clouds.yaml에 있는 클라우드 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--journal only goes with undo.</source>
        <translation>--journal은 undo와 함께만 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PortsReport</name>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <source>%1 changed %2  %3  %4</source>
        <translation>%1 변경됨 %2  %3  %4</translation>
    </message>
    <message>
        <source>%1 complete %2  %3  nothing to do</source>
        <translation>%1 이미 완료 %2  %3  할 일 없음</translation>
    </message>
    <message>
        <source>%1 skipped %2  %3  %4</source>
        <translation>%1 건너뜀 %2  %3  %4</translation>
    </message>
    <message>
        <source>%1 FAILED %2  %3  %4</source>
        <translation>%1 실패 %2  %3  %4</translation>
    </message>
    <message>
        <source>%1 not changed %2  %3  cancelled before its change was sent</source>
        <translation>%1 변경 안 됨 %2  %3  변경 요청을 보내기 전에 취소됨</translation>
    </message>
    <message>
        <source>Interrupted: no new changes were started; the changes already sent were waited for.</source>
        <translation>중단됨: 새 변경은 시작하지 않았고, 이미 보낸 변경은 끝날 때까지 기다렸습니다.</translation>
    </message>
    <message>
        <source>Journal: %1.</source>
        <translation>저널: %1.</translation>
    </message>
    <message>
        <source>Journal: %1. To take these changes back: podnet-wizard ports undo --journal %1</source>
        <translation>저널: %1. 이 변경을 되돌리려면: podnet-wizard ports undo --journal %1</translation>
    </message>
    <message>
        <source>Fix what the failed ports say and run the same command again: ports that are complete are left alone.</source>
        <translation>실패한 포트에 표시된 문제를 해결한 뒤 같은 명령을 다시 실행하세요. 이미 완료된 포트는 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Run the same command again to finish: ports that are complete are left alone.</source>
        <translation>마저 끝내려면 같은 명령을 다시 실행하세요. 이미 완료된 포트는 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>No runs yet: &quot;podnet-wizard ports apply&quot; journals each run.
</source>
        <translation>아직 실행 기록이 없습니다. &quot;podnet-wizard ports apply&quot;는 실행할 때마다 저널에 기록합니다.
</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>끝나지 않음</translation>
    </message>
    <message>
        <source>undo of %1</source>
        <translation>%1 되돌리기</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 changed, %5 unchanged, %6 failed  %7  %8</source>
        <translation>%1  %2  %3  %4개 변경됨, %5개 변경 없음, %6개 실패  %7  %8</translation>
    </message>
    <message>
        <source>Changed ports (%1):</source>
        <translation>변경된 포트(%1개):</translation>
    </message>
    <message>
        <source>Ports not changed (%1):</source>
        <translation>변경되지 않은 포트(%1개):</translation>
    </message>
    <message>
        <source>Failed ports (%1):</source>
        <translation>실패한 포트(%1개):</translation>
    </message>
    <message>
        <source>Ports changed: %1, unchanged: %2, failed: %3.</source>
        <translation>포트 변경됨 %1개, 변경 없음 %2개, 실패 %3개.</translation>
    </message>
</context>
<context>
    <name>PreflightChecks</name>
    <message>
        <source>The nodes could not be checked</source>
        <translation>노드를 점검할 수 없음</translation>
    </message>
    <message>
        <source>The list of nodes could not be read, so their pod ranges were not checked. Make sure the kubeconfig&apos;s user may list nodes, then run the checks again.</source>
        <translation>노드 목록을 읽을 수 없어서 노드의 파드 CIDR 범위를 점검하지 못했습니다. kubeconfig의 사용자에게 노드 목록을 조회할 권한이 있는지 확인한 뒤 점검을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>No earlier kube-router installation</source>
        <translation>이전에 설치된 kube-router 없음</translation>
    </message>
    <message>
        <source>The ConfigMap kube-system/kube-router-cfg does not exist yet, so no node keeps an old kube-router configuration.</source>
        <translation>컨피그맵 kube-system/kube-router-cfg가 아직 없으므로, 예전 kube-router 설정을 유지하는 노드가 없습니다.</translation>
    </message>
    <message>
        <source>Earlier kube-router installation with an unreadable kubeconfig</source>
        <translation>kubeconfig를 읽을 수 없는 이전 kube-router 설치</translation>
    </message>
    <message>
        <source>The ConfigMap kube-system/kube-router-cfg exists, but its kubeconfig names no API server. Look at it with: kubectl -n kube-system get configmap kube-router-cfg -o yaml, and check /var/lib/kube-router/kubeconfig on the nodes after installing.</source>
        <translation>컨피그맵 kube-system/kube-router-cfg가 있지만, 그 안의 kubeconfig에 API 서버가 지정되어 있지 않습니다. kubectl -n kube-system get configmap kube-router-cfg -o yaml 명령으로 내용을 살펴보고, 설치한 뒤에는 노드의 /var/lib/kube-router/kubeconfig를 확인하세요.</translation>
    </message>
    <message>
        <source>kube-router is already installed with the same API server</source>
        <translation>kube-router가 같은 API 서버로 이미 설치되어 있음</translation>
    </message>
    <message>
        <source>The existing ConfigMap kube-system/kube-router-cfg names %1, the address you entered; applying again keeps the nodes&apos; configuration valid.</source>
        <translation>기존 컨피그맵 kube-system/kube-router-cfg에 입력한 주소와 같은 %1이(가) 지정되어 있습니다. 다시 적용해도 노드의 설정은 그대로 유효합니다.</translation>
    </message>
    <message>
        <source>Every node keeps the OLD API server address %1</source>
        <translation>모든 노드가 예전 API 서버 주소 %1을(를) 계속 사용함</translation>
    </message>
    <message>
        <source>kube-router is already installed, and its ConfigMap names the API server %1, not %2. Its init container copies the kubeconfig to /var/lib/kube-router/kubeconfig (and the CNI configuration to /etc/cni/net.d/10-kuberouter.conflist) only when the file is absent, so applying the new manifest does NOT change the nodes: kube-router keeps talking to the old address. After applying, on every node remove both files and restart its kube-router pod, in this order, with the commands below.</source>
        <translation>kube-router가 이미 설치되어 있고, 그 컨피그맵에는 API 서버가 %2이(가) 아니라 %1(으)로 지정되어 있습니다. kube-router의 초기화 컨테이너는 파일이 없을 때만 kubeconfig를 /var/lib/kube-router/kubeconfig에(CNI 설정은 /etc/cni/net.d/10-kuberouter.conflist에) 복사하므로, 새 매니페스트를 적용해도 노드는 바뀌지 않습니다. kube-router는 계속 예전 주소로 접속합니다. 적용한 뒤 모든 노드에서 아래 명령으로 두 파일을 지우고 그 노드의 kube-router 파드를 다시 시작하세요. 반드시 이 순서대로 하세요.</translation>
    </message>
    <message>
        <source>kube-router&apos;s service proxy is off</source>
        <translation>kube-router의 서비스 프록시가 꺼져 있음</translation>
    </message>
    <message>
        <source>The manifest does not turn on kube-router&apos;s service proxy, so it can run next to kube-proxy.</source>
        <translation>매니페스트가 kube-router의 서비스 프록시를 켜지 않으므로, kube-router를 kube-proxy와 함께 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>kube-proxy runs next to kube-router&apos;s service proxy</source>
        <translation>kube-proxy가 kube-router의 서비스 프록시와 함께 실행됨</translation>
    </message>
    <message>
        <source>The DaemonSet kube-system/kube-proxy exists, and this manifest turns on kube-router&apos;s service proxy (--run-service-proxy=true). Both would program the same service rules and fight over them. Remove kube-proxy, then clean up its rules on every node (kube-proxy --cleanup, or reboot the nodes).</source>
        <translation>데몬셋 kube-system/kube-proxy가 있는데, 이 매니페스트는 kube-router의 서비스 프록시를 켭니다(--run-service-proxy=true). 둘이 같은 서비스 규칙을 설정하면서 서로 충돌하게 됩니다. kube-proxy를 제거한 뒤 모든 노드에서 그 규칙을 정리하세요(kube-proxy --cleanup 또는 노드 재부팅).</translation>
    </message>
    <message>
        <source>No kube-proxy DaemonSet</source>
        <translation>kube-proxy 데몬셋 없음</translation>
    </message>
    <message>
        <source>kube-router will be the service proxy. If kube-proxy runs as a system service on the nodes instead (as in Kubernetes the hard way), stop it there: sudo systemctl disable --now kube-proxy, then sudo kube-proxy --cleanup.</source>
        <translation>kube-router가 서비스 프록시 역할을 합니다. kube-proxy가 데몬셋이 아니라 노드의 시스템 서비스로 실행된다면(Kubernetes the hard way처럼), 노드에서 sudo systemctl disable --now kube-proxy를 실행한 다음 sudo kube-proxy --cleanup을 실행해 중지하세요.</translation>
    </message>
    <message>
        <source>The image is pinned</source>
        <translation>이미지 버전이 고정되어 있음</translation>
    </message>
    <message>
        <source>Every kube-router image names a tag or digest, so all nodes run the same version.</source>
        <translation>모든 kube-router 이미지에 태그나 다이제스트가 지정되어 있으므로, 모든 노드가 같은 버전을 실행합니다.</translation>
    </message>
    <message>
        <source>The kube-router image is not pinned</source>
        <translation>kube-router 이미지 버전이 고정되어 있지 않음</translation>
    </message>
    <message>
        <source>%1 carries no tag or digest, so each node pulls whatever is newest when its pod starts, and nodes may end up with different versions. Enter an image tag (for example v2.5.0) in the manifest step.</source>
        <translation>%1에는 태그도 다이제스트도 없어서, 노드마다 파드가 시작할 때 그 시점의 최신 이미지를 받으므로 노드끼리 버전이 달라질 수 있습니다. 매니페스트 단계에서 이미지 태그(예: v2.5.0)를 입력하세요.</translation>
    </message>
    <message>
        <source>The API server address must use https</source>
        <translation>API 서버 주소는 https를 사용해야 함</translation>
    </message>
    <message>
        <source>%1 does not start with https://. kube-router authenticates with its service account token, which is only sent over https. Enter the address as https://HOST:6443.</source>
        <translation>%1은(는) https://로 시작하지 않습니다. kube-router는 서비스 어카운트 토큰으로 인증하는데, 이 토큰은 https로만 전송됩니다. 주소를 https://HOST:6443 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>The API server address is only reachable inside the cluster</source>
        <translation>API 서버 주소가 클러스터 안에서만 접속 가능함</translation>
    </message>
    <message>
        <source>%1 is the in-cluster service address of the API server. It works only once a service proxy runs, and kube-router is that service proxy, so it could never connect. Enter an address the nodes reach directly, such as https://KUBERNETES_PUBLIC_ADDRESS:6443.</source>
        <translation>%1은(는) 클러스터 내부에서 쓰는 API 서버의 서비스 주소입니다. 이 주소는 서비스 프록시가 실행된 뒤에야 동작하는데, 그 서비스 프록시가 바로 kube-router이므로 kube-router는 이 주소로 접속할 수 없습니다. https://KUBERNETES_PUBLIC_ADDRESS:6443처럼 노드가 직접 접속할 수 있는 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>The API server address suits kube-router</source>
        <translation>API 서버 주소가 kube-router에 적합함</translation>
    </message>
    <message>
        <source>%1 uses https and is not an in-cluster service address.</source>
        <translation>%1은(는) https를 사용하며 클러스터 내부 서비스 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Node %1 has an unreadable pod range</source>
        <translation>노드 %1의 파드 CIDR 범위를 읽을 수 없음</translation>
    </message>
    <message>
        <source>The pod range &quot;%1&quot; of node %2 is not a network in CIDR notation, so kube-router cannot start there. %3 Set a correct one with the command below.</source>
        <translation>노드 %2의 파드 CIDR 범위 &quot;%1&quot;이(가) CIDR 표기법의 네트워크가 아니어서, 그 노드에서 kube-router가 시작할 수 없습니다. %3 아래 명령으로 올바른 범위를 설정하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have no pod range</source>
        <translation>
            <numerusform>파드 CIDR 범위가 없는 노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The pod range of node %1 lies outside the cluster CIDR</source>
        <translation>노드 %1의 파드 CIDR 범위가 클러스터 CIDR 밖에 있음</translation>
    </message>
    <message>
        <source>Node %1 uses %2, which is not inside the cluster CIDR %3: kube-router would route pods the rest of the cluster (and OpenStack&apos;s allowed address pairs) do not expect. If %3 is not the cluster CIDR of this cluster (see kube-controller-manager&apos;s --cluster-cidr), correct it; otherwise give the node a range inside it.</source>
        <translation>노드 %1은(는) 클러스터 CIDR %3에 속하지 않는 %2을(를) 사용합니다. 그러면 kube-router가 클러스터의 나머지 부분(그리고 OpenStack의 허용 주소 쌍(allowed address pairs))이 예상하지 못한 파드 주소를 라우팅하게 됩니다. %3이(가) 이 클러스터의 클러스터 CIDR이 아니라면(kube-controller-manager의 --cluster-cidr 참고) 이 값을 고치고, 맞다면 노드에 그 안의 범위를 지정하세요.</translation>
    </message>
    <message>
        <source>Nodes %1 and %2 have overlapping pod ranges</source>
        <translation>노드 %1과(와) %2의 파드 CIDR 범위가 겹침</translation>
    </message>
    <message>
        <source>%1 uses %2 and %3 uses %4; the ranges overlap, so pods on both nodes could get the same address. Give one of them another range (annotation kube-router.io/pod-cidr, with --overwrite), then restart its kube-router pod.</source>
        <translation>%1은(는) %2, %3은(는) %4을(를) 사용하는데, 두 범위가 겹쳐서 두 노드의 파드가 같은 주소를 받을 수 있습니다. 둘 중 한 노드에 다른 범위를 지정한 뒤(kube-router.io/pod-cidr 어노테이션, --overwrite 사용) 그 노드의 kube-router 파드를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Every node has its own pod range</source>
        <translation>모든 노드에 고유한 파드 CIDR 범위가 있음</translation>
    </message>
    <message numerus="yes">
        <source>All %n node(s) have a pod range inside %1, and none overlap.</source>
        <translation>
            <numerusform>노드 %n개 모두 %1 안의 파드 CIDR 범위를 가지며, 서로 겹치는 범위가 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: neither spec.podCIDR nor the annotation kube-router.io/pod-cidr is set, so kube-router would crash-loop there. Give each node its own range inside the cluster CIDR %2 that overlaps no other node&apos;s, for example with the commands below (or let kube-controller-manager allocate them with --allocate-node-cidrs). In the wizard, the preview suggests a free range for each node and the apply sets it.</source>
        <translation>%1: spec.podCIDR도, kube-router.io/pod-cidr 어노테이션도 설정되어 있지 않아서 이 노드에서 kube-router가 재시작을 반복(crash-loop)하게 됩니다. 노드마다 클러스터 CIDR %2 안에서 다른 노드와 겹치지 않는 고유한 범위를 지정하세요. 예를 들어 아래 명령을 쓰면 됩니다(또는 kube-controller-manager가 --allocate-node-cidrs로 할당하게 할 수도 있습니다). 마법사에서는 미리 보기가 노드마다 비어 있는 범위를 제안하고, 적용할 때 그 범위를 설정합니다.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <source>The profile to use (see docs/profile.md).</source>
        <translation>사용할 프로필(docs/profile.md 참고).</translation>
    </message>
    <message>
        <source>The plan as text (default) or json.</source>
        <translation>변경 계획의 형식: text(기본값) 또는 json.</translation>
    </message>
    <message>
        <source>Apply without asking (needed when not on a terminal).</source>
        <translation>묻지 않고 적용합니다(터미널에서 실행하지 않을 때 필요).</translation>
    </message>
    <message>
        <source>Wait this long for every node to turn Ready. Default: 300.</source>
        <translation>모든 노드가 Ready가 될 때까지 최대 이 시간(초) 동안 기다립니다. 기본값: 300</translation>
    </message>
    <message>
        <source>Where the journals of the changes go. Default: the application&apos;s data folder.</source>
        <translation>변경 저널을 보관하는 폴더. 기본값: 애플리케이션의 데이터 폴더</translation>
    </message>
    <message>
        <source>Usage: podnet-wizard apply --profile FILE [--yes] [--wait-ready SECONDS]

Runs the whole setup a profile describes: shows the plan, asks, then adds the allowed address pairs, sets the pod ranges, installs kube-router and waits until every node is Ready.

Exit codes: 0 every step done and every node Ready, 1 a step failed or timed out, 2 bad input (nothing was changed).
</source>
        <translation>사용법: podnet-wizard apply --profile FILE [--yes] [--wait-ready SECONDS]

프로필에 적힌 설정 전체를 실행합니다. 변경 계획을 보여 주고 확인을 받은 뒤, 허용 주소 쌍을 추가하고, 파드 범위를 설정하고, kube-router를 설치한 다음 모든 노드가 Ready가 될 때까지 기다립니다.

종료 코드: 0 모든 단계 완료 및 모든 노드 Ready, 1 단계 실패 또는 시간 초과, 2 잘못된 입력(아무것도 바꾸지 않음).
</translation>
    </message>
    <message>
        <source>Usage: podnet-wizard plan --profile FILE [-o text|json]

Shows what &quot;apply&quot; would change on both sides (ports, pod ranges, kube-router&apos;s objects) without changing anything.

Exit codes: 0 done, 1 failed (network, server), 2 bad input.
</source>
        <translation>사용법: podnet-wizard plan --profile FILE [-o text|json]

&quot;apply&quot;가 양쪽(포트, 파드 범위, kube-router 오브젝트)에서 무엇을 바꿀지, 아무것도 바꾸지 않고 보여 줍니다.

종료 코드: 0 완료, 1 실패(네트워크, 서버), 2 잘못된 입력.
</translation>
    </message>
    <message>
        <source>%1 See podnet-wizard %2 --help.</source>
        <translation>%1 podnet-wizard %2 --help를 참고하세요.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See podnet-wizard %2 --help.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다. podnet-wizard %2 --help를 참고하세요.</translation>
    </message>
    <message>
        <source>Give the profile with --profile FILE.</source>
        <translation>--profile FILE로 프로필을 지정하세요.</translation>
    </message>
    <message>
        <source>-o must be text or json, not &quot;%1&quot;.</source>
        <translation>-o 값은 text 또는 json이어야 합니다. &quot;%1&quot;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--wait-ready must be a number of seconds from 1 to 86400.</source>
        <translation>--wait-ready 값은 1에서 86400 사이의 숫자(초)여야 합니다.</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>&quot;%1&quot; is not a Keystone URL. Write it as in your openrc or clouds.yaml, for example https://keystone.example.com:5000/v3.</source>
        <translation>&quot;%1&quot;은(는) Keystone 주소가 아닙니다. openrc나 clouds.yaml에 있는 그대로 쓰세요. 예: https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used together with &quot;cloud&quot;: the cloud&apos;s values come from clouds.yaml. Remove one of the two.</source>
        <translation>&quot;%1&quot;은(는) &quot;cloud&quot;와 함께 쓸 수 없습니다. 클라우드의 값은 clouds.yaml에서 가져옵니다. 둘 중 하나를 지우세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;auth_url&quot; (the Keystone address). Add auth_url, or name a clouds.yaml cloud with &quot;cloud&quot; instead.</source>
        <translation>&quot;%1&quot;에는 &quot;auth_url&quot;(Keystone 주소)이 필요합니다. auth_url을 추가하거나, 대신 &quot;cloud&quot;로 clouds.yaml의 클라우드를 지정하세요.</translation>
    </message>
    <message>
        <source>With &quot;auth_url&quot;, &quot;%1&quot; is needed too. Add it to the openstack section.</source>
        <translation>&quot;auth_url&quot;을 쓰면 &quot;%1&quot;도 필요합니다. openstack 섹션에 추가하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL. Give the API server&apos;s address, for example https://10.0.0.10:6443.</source>
        <translation>&quot;%1&quot;은(는) https 주소가 아닙니다. API 서버 주소를 쓰세요. 예: https://10.0.0.10:6443</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used together with &quot;server&quot;: connect either through a kubeconfig or to a server typed in. Remove one of the two.</source>
        <translation>&quot;%1&quot;은(는) &quot;server&quot;와 함께 쓸 수 없습니다. kubeconfig로 연결하거나, 직접 입력한 서버에 연결하세요. 둘 중 하나를 지우세요.</translation>
    </message>
    <message>
        <source>%1 Did you mean %2?</source>
        <translation>%1 %2을(를) 쓰려던 것인가요?</translation>
    </message>
    <message>
        <source>This is not valid YAML. Check the indentation, colons and quotes on this line and the one before it.</source>
        <translation>올바른 YAML이 아닙니다. 이 줄과 바로 윗줄의 들여쓰기, 콜론, 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <source>A profile is a mapping that starts with &quot;version: 1&quot;. See the sample profile for its shape.</source>
        <translation>프로필은 &quot;version: 1&quot;로 시작하는 매핑입니다. 형식은 예제 프로필을 참고하세요.</translation>
    </message>
    <message>
        <source>This build reads profiles of version %1, not &quot;%2&quot;. Write &quot;version: %1&quot; and check the keys against the documentation.</source>
        <translation>이 빌드는 &quot;%2&quot;이(가) 아니라 버전 %1의 프로필을 읽습니다. &quot;version: %1&quot;로 쓰고, 키가 문서와 맞는지 확인하세요.</translation>
    </message>
    <message>
        <source>The profile has no &quot;version&quot;. Add &quot;version: %1&quot; as its first line.</source>
        <translation>프로필에 &quot;version&quot;이 없습니다. 첫 줄에 &quot;version: %1&quot;을(를) 추가하세요.</translation>
    </message>
    <message>
        <source>Cannot read the profile %1. Check the path and that you may read it.</source>
        <translation>프로필 %1을(를) 읽을 수 없습니다. 경로와 읽기 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is too big to be a profile. Check that you gave the right file.</source>
        <translation>%1은(는) 프로필이라기에는 너무 큽니다. 올바른 파일을 지정했는지 확인하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a secret, and a profile never holds one: remove this line. Passwords and tokens come from the keychain, clouds.yaml or secure.yaml, the environment or a prompt.</source>
        <translation>&quot;%1&quot;은(는) 비밀 값으로 보이는데, 프로필에는 비밀 값을 절대 넣지 않습니다. 이 줄을 지우세요. 비밀번호와 토큰은 키체인, clouds.yaml이나 secure.yaml, 환경 변수 또는 입력 프롬프트에서 가져옵니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value. Give one after the colon, or remove the line.</source>
        <translation>&quot;%1&quot;에 값이 없습니다. 콜론 뒤에 값을 쓰거나 이 줄을 지우세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not a list or a mapping.</source>
        <translation>&quot;%1&quot;은(는) 목록이나 매핑이 아닌 단일 값이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty. Give a value, or remove the line.</source>
        <translation>&quot;%1&quot;이(가) 비어 있습니다. 값을 쓰거나 이 줄을 지우세요.</translation>
    </message>
    <message>
        <source>Write its keys indented below it, or &quot;%1: skip&quot; to leave this side out.</source>
        <translation>그 아래에 들여쓰기해서 키를 쓰거나, 이쪽을 빼려면 &quot;%1: skip&quot;이라고 쓰세요.</translation>
    </message>
    <message>
        <source>Write its keys indented below it.</source>
        <translation>그 아래에 들여쓰기해서 키를 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping of keys. %2</source>
        <translation>&quot;%1&quot;은(는) 키의 매핑이어야 합니다. %2</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in &quot;%2&quot;. Check the spelling; the keys here are: %3.</source>
        <translation>&quot;%2&quot;에 알 수 없는 키 &quot;%1&quot;이(가) 있습니다. 철자를 확인하세요. 여기에 쓸 수 있는 키: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice in &quot;%2&quot;. Keep one of them.</source>
        <translation>&quot;%2&quot;에 &quot;%1&quot;이(가) 두 번 있습니다. 하나만 남기세요.</translation>
    </message>
</context>
<context>
    <name>ProfileWriter</name>
    <message>
        <source>Cannot save the profile to %1 (%2). Choose a folder you may write to.</source>
        <translation>프로필을 %1에 저장할 수 없습니다(%2). 쓰기 권한이 있는 폴더를 선택하세요.</translation>
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
    <name>RenderCommand</name>
    <message>
        <source>The Kubernetes API server URL as the nodes reach it, e.g. https://10.0.0.10:6443 (required).</source>
        <translation>노드가 접속하는 Kubernetes API 서버 주소. 예: https://10.0.0.10:6443 (필수)</translation>
    </message>
    <message>
        <source>The Kubernetes API server URL as the nodes reach it, e.g. https://10.0.0.10:6443. Default: the kubeconfig&apos;s server.</source>
        <translation>노드가 접속하는 Kubernetes API 서버 주소. 예: https://10.0.0.10:6443. 기본값: kubeconfig의 서버 주소</translation>
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
        <source>Give up a download after this many seconds without data. Default: 20.</source>
        <translation>이 시간(초) 동안 데이터가 오지 않으면 내려받기를 포기합니다. 기본값: 20</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>--api-server is required, for example --api-server https://10.0.0.10:6443.</source>
        <translation>--api-server가 필요합니다. 예: --api-server https://10.0.0.10:6443</translation>
    </message>
    <message>
        <source>--download-timeout must be a number of seconds between 0 and 600.</source>
        <translation>--download-timeout은 0보다 크고 600 이하인 초 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>To render without the network, add --template builtin.</source>
        <translation>네트워크 없이 만들려면 --template builtin을 덧붙이세요.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>%1 could not be written (%2). Choose a folder you can write to.</source>
        <translation>%1 파일을 쓸 수 없습니다(%2). 쓰기 권한이 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>PodNet Wizard run report</source>
        <comment>@title</comment>
        <translation>PodNet Wizard 실행 보고서</translation>
    </message>
    <message>
        <source>Run %1, started %2, finished %3 (%4 s).</source>
        <translation>실행 %1, 시작 %2, 종료 %3 (%4초).</translation>
    </message>
    <message>
        <source>Mode: demo (the built-in OpenStack and Kubernetes simulators).</source>
        <translation>모드: 데모 모드 (내장 OpenStack 및 Kubernetes 시뮬레이터).</translation>
    </message>
    <message>
        <source>Mode: real cloud and cluster.</source>
        <translation>모드: 실제 클라우드와 클러스터.</translation>
    </message>
    <message>
        <source>Outcome: stopped at &quot;%1&quot; (%2).</source>
        <translation>결과: &quot;%1&quot; 단계에서 멈췄습니다 (%2).</translation>
    </message>
    <message>
        <source>Outcome: every step succeeded and every node is Ready.</source>
        <translation>결과: 모든 단계가 성공했고 모든 노드가 Ready입니다.</translation>
    </message>
    <message>
        <source>Outcome: every step succeeded.</source>
        <translation>결과: 모든 단계가 성공했습니다.</translation>
    </message>
    <message>
        <source>Outcome: the run did not start.</source>
        <translation>결과: 실행이 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cloud (clouds.yaml)</source>
        <translation>클라우드 (clouds.yaml)</translation>
    </message>
    <message>
        <source>Keystone URL</source>
        <translation>Keystone URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>API server (as the wizard reached it)</source>
        <translation>API 서버 (마법사가 접속한 주소)</translation>
    </message>
    <message>
        <source>API server (as the nodes reach it)</source>
        <translation>API 서버 (노드가 접속하는 주소)</translation>
    </message>
    <message>
        <source>Cluster CIDR</source>
        <translation>클러스터 CIDR</translation>
    </message>
    <message>
        <source>Service CIDR</source>
        <translation>서비스 CIDR</translation>
    </message>
    <message>
        <source>Manifest template</source>
        <translation>매니페스트 템플릿</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>이미지 태그</translation>
    </message>
    <message>
        <source>(upstream&apos;s image)</source>
        <translation>(업스트림 이미지)</translation>
    </message>
    <message>
        <source>Port selection</source>
        <translation>포트 선택</translation>
    </message>
    <message>
        <source>(all compute ports)</source>
        <translation>(모든 컴퓨트 포트)</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@title</comment>
        <translation>설정</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정 항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@title</comment>
        <translation>변경 계획</translation>
    </message>
    <message>
        <source>Allowed address pairs</source>
        <comment>@title</comment>
        <translation>허용 주소 쌍 (allowed address pairs)</translation>
    </message>
    <message>
        <source>Not part of this run: the OpenStack side was skipped.</source>
        <translation>이번 실행에 포함되지 않았습니다: OpenStack 쪽을 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>already has %1</source>
        <translation>이미 %1 있음</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>주소 쌍</translation>
    </message>
    <message>
        <source>Pod ranges</source>
        <comment>@title</comment>
        <translation>파드 CIDR 범위</translation>
    </message>
    <message>
        <source>Not part of this run: the Kubernetes side was skipped.</source>
        <translation>이번 실행에 포함되지 않았습니다: Kubernetes 쪽을 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Pod range</source>
        <translation>파드 CIDR</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>kube-router objects</source>
        <comment>@title</comment>
        <translation>kube-router 오브젝트</translation>
    </message>
    <message>
        <source>Not part of this run.</source>
        <translation>이번 실행에 포함되지 않았습니다.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>configure</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>충돌: %1</translation>
    </message>
    <message>
        <source>dry run failed: %1</source>
        <translation>시험 실행 (dry run) 실패: %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>오브젝트</translation>
    </message>
    <message>
        <source>What the apply does</source>
        <translation>적용 시 하는 일</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@title</comment>
        <translation>단계</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Started %1, took %2 s.</source>
        <translation>%1에 시작, %2초 걸림.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <comment>@title</comment>
        <translation>노드</translation>
    </message>
    <message>
        <source>No node was read.</source>
        <translation>읽은 노드가 없습니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Internal IP</source>
        <translation>내부 IP</translation>
    </message>
    <message>
        <source>Pairs cover it</source>
        <translation>주소 쌍 적용 여부</translation>
    </message>
    <message>
        <source>Why not Ready</source>
        <translation>Ready가 아닌 이유</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@title</comment>
        <translation>다음에 할 일</translation>
    </message>
    <message>
        <source>Fix the cause, then click Retry on the Apply page (or run &quot;podnet-wizard apply&quot; again): steps already done are not repeated.</source>
        <translation>원인을 해결한 다음 적용 페이지에서 다시 시도를 누르세요(&quot;podnet-wizard apply&quot;를 다시 실행해도 됩니다). 이미 끝난 단계는 반복하지 않습니다.</translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation>노드 %1: %2</translation>
    </message>
    <message>
        <source>Nothing: the pod network is set up.</source>
        <translation>없습니다. 파드 네트워크 설정이 끝났습니다.</translation>
    </message>
    <message>
        <source>Start the run from the Apply page.</source>
        <translation>적용 페이지에서 실행을 시작하세요.</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>Port %1 (%2) cannot get its pairs: %3 Leave its server out of the selection, or fix the port first.</source>
        <translation>포트 %1(%2)에 주소 쌍을 추가할 수 없습니다: %3 이 포트의 서버를 선택에서 빼거나, 먼저 포트를 고치세요.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) get %1</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>포트 %n개에 %1 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>주소 쌍 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>no port to change</source>
        <comment>@info totals</comment>
        <translation>변경할 포트 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) get a pod range</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>노드 %n개에 파드 범위 설정</numerusform>
        </translation>
    </message>
    <message>
        <source>no pod range to set</source>
        <comment>@info totals</comment>
        <translation>설정할 파드 범위 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to create</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>생성할 오브젝트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to configure</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>변경할 오브젝트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a conflict</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>충돌 있음 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>문제 있음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>kube-router&apos;s objects unchanged</source>
        <comment>@info totals</comment>
        <translation>kube-router 오브젝트 변경 없음</translation>
    </message>
    <message>
        <source>Nothing to change: neither side is part of this run.</source>
        <comment>@info totals</comment>
        <translation>바꿀 것이 없습니다. 이 실행에는 어느 쪽도 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>Allowed address pairs (OpenStack):</source>
        <translation>허용 주소 쌍 (OpenStack):</translation>
    </message>
    <message>
        <source>Allowed address pairs (OpenStack): skipped.</source>
        <translation>허용 주소 쌍 (OpenStack): 건너뜀.</translation>
    </message>
    <message>
        <source>Pod ranges (Kubernetes):</source>
        <translation>파드 범위 (Kubernetes):</translation>
    </message>
    <message>
        <source>kube-router objects (Kubernetes):</source>
        <translation>kube-router 오브젝트 (Kubernetes):</translation>
    </message>
    <message>
        <source>Pod ranges and kube-router objects (Kubernetes): skipped.</source>
        <translation>파드 범위와 kube-router 오브젝트 (Kubernetes): 건너뜀.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>합계: %1</translation>
    </message>
    <message>
        <source>This plan cannot be applied:</source>
        <translation>이 변경 계획은 적용할 수 없습니다:</translation>
    </message>
</context>
<context>
    <name>SetupStepText</name>
    <message>
        <source>Allowed address pairs</source>
        <comment>@item step</comment>
        <translation>허용 주소 쌍 (allowed address pairs)</translation>
    </message>
    <message>
        <source>Pod ranges</source>
        <comment>@item step</comment>
        <translation>파드 CIDR 범위</translation>
    </message>
    <message>
        <source>kube-router objects</source>
        <comment>@item step</comment>
        <translation>kube-router 오브젝트</translation>
    </message>
    <message>
        <source>Nodes Ready</source>
        <comment>@item step</comment>
        <translation>노드 Ready</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>@item step state</comment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>@item step state</comment>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>@item step state</comment>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@item step state</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>@item step state</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>@item step state</comment>
        <translation>중단됨</translation>
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
    <name>TlsOptions</name>
    <message>
        <source>%1 holds no PEM certificate. Check that it is a CA or client certificate in PEM form (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>%1에 PEM 인증서가 없습니다. PEM 형식(&quot;-----BEGIN CERTIFICATE-----&quot;)의 CA 인증서나 클라이언트 인증서인지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 holds no usable private key. Use an unencrypted RSA or EC key in PEM form.</source>
        <translation>%1에 쓸 수 있는 개인 키가 없습니다. 암호화되지 않은 PEM 형식의 RSA 키나 EC 키를 사용하세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and its permissions.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 경로와 권한을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::CloudSourceChooser</name>
    <message>
        <source>Choose an openrc file</source>
        <comment>@title:window</comment>
        <translation>openrc 파일 선택</translation>
    </message>
    <message>
        <source>openrc files (*.sh *openrc*)</source>
        <comment>@item:inlistbox</comment>
        <translation>openrc 파일 (*.sh *openrc*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <comment>@item:inlistbox</comment>
        <translation>모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 defines %n cloud(s). Choose the one to use.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%1에 클라우드가 %n개 정의되어 있습니다. 사용할 클라우드를 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The credentials could not be imported. Fix the problems listed below or choose another source.</source>
        <comment>@info</comment>
        <translation>✖ 자격 증명을 가져올 수 없습니다. 아래에 나온 문제를 고치거나 다른 출처를 선택하세요.</translation>
    </message>
    <message>
        <source>✔ Read the OS_* variables of the wizard&apos;s environment.</source>
        <comment>@info</comment>
        <translation>✔ 마법사 환경의 OS_* 변수를 읽었습니다.</translation>
    </message>
    <message>
        <source>✔ Read cloud “%1” from %2, with the secrets from %3.</source>
        <comment>@info</comment>
        <translation>✔ %2에서 클라우드 “%1”을(를) 읽었습니다. 비밀 정보는 %3에서 읽었습니다.</translation>
    </message>
    <message>
        <source>✔ Read cloud “%1” from %2.</source>
        <comment>@info</comment>
        <translation>✔ %2에서 클라우드 “%1”을(를) 읽었습니다.</translation>
    </message>
    <message>
        <source>✔ Read %1 without running it.</source>
        <comment>@info</comment>
        <translation>✔ %1을(를) 실행하지 않고 읽었습니다.</translation>
    </message>
    <message>
        <source>The file asks for the password when sourced; enter it below.</source>
        <comment>@info</comment>
        <translation>이 파일은 source로 불러올 때 비밀번호를 묻습니다. 아래에 입력하세요.</translation>
    </message>
    <message>
        <source>Choose the openrc file downloaded from the dashboard (Horizon).</source>
        <comment>@info</comment>
        <translation>대시보드(Horizon)에서 내려받은 openrc 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Fill in the fields below.</source>
        <comment>@info</comment>
        <translation>아래 항목을 채우세요.</translation>
    </message>
    <message>
        <source>✖</source>
        <comment>@info error mark</comment>
        <translation>✖</translation>
    </message>
    <message>
        <source>⚠</source>
        <comment>@info warning</comment>
        <translation>⚠</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@item mark, message</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>@item mark, file:line:column, message</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>From clouds.&amp;yaml</source>
        <comment>@option:radio</comment>
        <translation>clouds.yaml에서(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <comment>@label:listbox</comment>
        <translation>클라우드(&amp;L):</translation>
    </message>
    <message>
        <source>Cloud in clouds.yaml</source>
        <comment>@label:listbox</comment>
        <translation>clouds.yaml의 클라우드</translation>
    </message>
    <message>
        <source>Choose a cloud…</source>
        <comment>@item:inlistbox</comment>
        <translation>클라우드 선택…</translation>
    </message>
    <message>
        <source>No clouds.yaml was found (looked at OS_CLIENT_CONFIG_FILE and in %1).</source>
        <comment>@info</comment>
        <translation>clouds.yaml을 찾지 못했습니다(OS_CLIENT_CONFIG_FILE과 %1에서 찾아봄).</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <comment>@info</comment>
        <translation>%1을(를) 찾았습니다.</translation>
    </message>
    <message>
        <source>Found %1 and %2.</source>
        <comment>@info</comment>
        <translation>%1과(와) %2을(를) 찾았습니다.</translation>
    </message>
    <message>
        <source>From an &amp;openrc file (read, never run)</source>
        <comment>@option:radio</comment>
        <translation>openrc 파일에서(&amp;O) (읽기만 하고 실행하지 않음)</translation>
    </message>
    <message>
        <source>openrc file</source>
        <comment>@label:textbox</comment>
        <translation>openrc 파일</translation>
    </message>
    <message>
        <source>Path to an openrc file, e.g. k8s-lab-openrc.sh; press Enter</source>
        <comment>@info:placeholder</comment>
        <translation>openrc 파일 경로 (예: k8s-lab-openrc.sh). 입력한 뒤 Enter를 누르세요</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <comment>@action:button</comment>
        <translation>찾아보기(&amp;S)…</translation>
    </message>
    <message>
        <source>Browse for an openrc file</source>
        <comment>@action:button</comment>
        <translation>openrc 파일 찾아보기</translation>
    </message>
    <message>
        <source>From the &amp;environment (OS_* variables)</source>
        <comment>@option:radio</comment>
        <translation>환경 변수에서(&amp;E) (OS_* 변수)</translation>
    </message>
    <message>
        <source>The wizard was started with OS_* variables set.</source>
        <comment>@info</comment>
        <translation>마법사가 OS_* 변수가 설정된 상태로 시작되었습니다.</translation>
    </message>
    <message>
        <source>Not available: the wizard was started without OS_AUTH_URL or OS_CLOUD. Source your openrc in a terminal and start the wizard from there, or choose the openrc file above.</source>
        <comment>@info</comment>
        <translation>사용할 수 없습니다. 마법사가 OS_AUTH_URL이나 OS_CLOUD 없이 시작되었습니다. 터미널에서 openrc를 source로 불러온 뒤 그 터미널에서 마법사를 시작하거나, 위에서 openrc 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Type them in</source>
        <comment>@option:radio</comment>
        <translation>직접 입력(&amp;T)</translation>
    </message>
    <message>
        <source>Import problems</source>
        <comment>@label:listbox</comment>
        <translation>가져오기 문제</translation>
    </message>
</context>
<context>
    <name>podnet::ConnectionCheck</name>
    <message>
        <source>Neutron did not accept a fresh token from Keystone either. Check that Neutron and Keystone belong to the same cloud and that the user has a role in the project.</source>
        <translation>Neutron이 Keystone에서 새로 받은 토큰도 받아들이지 않았습니다. Neutron과 Keystone이 같은 클라우드에 속하는지, 사용자에게 프로젝트의 역할이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The network endpoint %1 from the catalog does not answer like Neutron (HTTP 404). Ask the cloud&apos;s administrator to check the catalog.</source>
        <translation>카탈로그의 네트워크 엔드포인트 %1이(가) Neutron처럼 응답하지 않습니다(HTTP 404). 클라우드 관리자에게 카탈로그를 확인해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The network endpoint %1 does not answer like Neutron. Ask the cloud&apos;s administrator to check the catalog.</source>
        <translation>네트워크 엔드포인트 %1이(가) Neutron처럼 응답하지 않습니다. 클라우드 관리자에게 카탈로그를 확인해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>This cloud&apos;s Neutron does not offer allowed address pairs (extension allowed-address-pairs), which PodNet needs to let pod traffic through. Ask the cloud&apos;s administrator to enable it.</source>
        <translation>이 클라우드의 Neutron은 허용 주소 쌍 (allowed address pairs) 기능(확장 allowed-address-pairs)을 제공하지 않습니다. PodNet이 파드 트래픽을 통과시키려면 이 기능이 필요합니다. 클라우드 관리자에게 이 기능을 켜 달라고 요청하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::ConnectionResultPanel</name>
    <message>
        <source>%1 (ID %2)</source>
        <comment>@info name (ID id)</comment>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>✓ %1: available. %2</source>
        <comment>@info extension alias, meaning</comment>
        <translation>✓ %1: 사용 가능. %2</translation>
    </message>
    <message>
        <source>✗ %1: not available. %2</source>
        <comment>@info extension alias, meaning</comment>
        <translation>✗ %1: 사용 불가. %2</translation>
    </message>
    <message>
        <source>Press Test connection to sign in and check Neutron.</source>
        <comment>@info</comment>
        <translation>로그인하고 Neutron을 확인하려면 [연결 시험]을 누르세요.</translation>
    </message>
    <message>
        <source>Signing in to Keystone and asking Neutron for its extensions…</source>
        <comment>@info</comment>
        <translation>Keystone에 로그인하고 Neutron에 확장 기능 목록을 요청하는 중…</translation>
    </message>
    <message>
        <source>✔ Connected. PodNet can manage allowed address pairs here.</source>
        <comment>@info</comment>
        <translation>✔ 연결되었습니다. 이 클라우드에서 PodNet이 허용 주소 쌍(allowed address pairs)을 관리할 수 있습니다.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <comment>@info failure message</comment>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>The test was cancelled. Press Test connection to try again.</source>
        <comment>@info</comment>
        <translation>시험을 취소했습니다. 다시 시도하려면 [연결 시험]을 누르세요.</translation>
    </message>
    <message>
        <source>The values changed since the last test. Press Test connection again.</source>
        <comment>@info</comment>
        <translation>마지막 시험 이후 값이 바뀌었습니다. [연결 시험]을 다시 누르세요.</translation>
    </message>
    <message>
        <source>User:</source>
        <comment>@label</comment>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Project:</source>
        <comment>@label</comment>
        <translation>프로젝트:</translation>
    </message>
    <message>
        <source>Region:</source>
        <comment>@label</comment>
        <translation>리전:</translation>
    </message>
    <message>
        <source>Network endpoint:</source>
        <comment>@label</comment>
        <translation>네트워크 엔드포인트:</translation>
    </message>
    <message>
        <source>Required: PodNet adds the pod CIDR to each node&apos;s port with it.</source>
        <comment>@info</comment>
        <translation>필수: PodNet은 이 확장 기능으로 각 노드의 포트에 파드 CIDR을 추가합니다.</translation>
    </message>
    <message>
        <source>PodNet cannot work without it: ask the cloud&apos;s administrator to enable it.</source>
        <comment>@info</comment>
        <translation>이 확장 기능이 없으면 PodNet이 동작할 수 없습니다. 클라우드 관리자에게 활성화를 요청하세요.</translation>
    </message>
    <message>
        <source>Ports with port security turned off need no pairs and are left alone.</source>
        <comment>@info</comment>
        <translation>포트 보안이 꺼진 포트에는 쌍이 필요 없으므로 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Every node&apos;s port filters traffic, so every port gets the pairs.</source>
        <comment>@info</comment>
        <translation>모든 노드의 포트가 트래픽을 거르므로, 모든 포트에 쌍을 추가합니다.</translation>
    </message>
    <message>
        <source>A port changed by someone else meanwhile is not overwritten.</source>
        <comment>@info</comment>
        <translation>그사이 다른 사람이 바꾼 포트는 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>A change someone else makes to a port at the same moment could be overwritten; avoid editing ports elsewhere while the wizard applies.</source>
        <comment>@info</comment>
        <translation>다른 사람이 같은 순간에 포트를 바꾸면 그 변경이 덮어써질 수 있습니다. 마법사가 적용하는 동안에는 다른 곳에서 포트를 편집하지 마세요.</translation>
    </message>
    <message>
        <source>Up to %1 address pairs per port.</source>
        <comment>@info</comment>
        <translation>포트당 주소 쌍은 최대 %1개입니다.</translation>
    </message>
    <message>
        <source>Up to %1 address pairs per port is assumed (Neutron&apos;s default; the API does not publish the cloud&apos;s setting).</source>
        <comment>@info</comment>
        <translation>포트당 주소 쌍을 최대 %1개로 가정합니다(Neutron의 기본값이며, 클라우드의 실제 설정은 API로 알 수 없습니다).</translation>
    </message>
    <message>
        <source>Compute endpoint: %1
Neutron extensions: %2</source>
        <comment>@info</comment>
        <translation>컴퓨트 엔드포인트: %1
Neutron 확장 기능: %2</translation>
    </message>
    <message>
        <source>none</source>
        <comment>@info no compute endpoint</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Hide details</source>
        <comment>@action:button</comment>
        <translation>자세히 숨기기</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>@action:button</comment>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Technical details</source>
        <comment>@label</comment>
        <translation>기술 세부 정보</translation>
    </message>
</context>
<context>
    <name>podnet::CredentialsForm</name>
    <message>
        <source>Choose the cloud&apos;s CA certificate</source>
        <comment>@title:window</comment>
        <translation>클라우드의 CA 인증서 선택</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <comment>@item:inlistbox</comment>
        <translation>PEM 인증서 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <comment>@item:inlistbox</comment>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>⚠ Insecure: %1</source>
        <comment>@info</comment>
        <translation>⚠ 안전하지 않음: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@item:inlistbox auth type</comment>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Application credential</source>
        <comment>@item:inlistbox auth type</comment>
        <translation>애플리케이션 자격 증명</translation>
    </message>
    <message>
        <source>Existing token</source>
        <comment>@item:inlistbox auth type</comment>
        <translation>기존 토큰</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>@label:listbox</comment>
        <translation>인증 방식</translation>
    </message>
    <message>
        <source>Authentication &amp;method:</source>
        <comment>@label:listbox</comment>
        <translation>인증 방식(&amp;M):</translation>
    </message>
    <message>
        <source>Identity (&amp;Keystone) URL:</source>
        <comment>@label:textbox</comment>
        <translation>인증 서비스(Keystone) 주소(&amp;K):</translation>
    </message>
    <message>
        <source>Identity (Keystone) URL</source>
        <comment>@label:textbox</comment>
        <translation>인증 서비스(Keystone) 주소</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <comment>@info:placeholder</comment>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>&amp;Application credential ID:</source>
        <comment>@label:textbox</comment>
        <translation>애플리케이션 자격 증명 ID(&amp;A):</translation>
    </message>
    <message>
        <source>Application credential ID</source>
        <comment>@label:textbox</comment>
        <translation>애플리케이션 자격 증명 ID</translation>
    </message>
    <message>
        <source>…or its name:</source>
        <comment>@label:textbox</comment>
        <translation>…또는 이름:</translation>
    </message>
    <message>
        <source>Application credential name</source>
        <comment>@label:textbox</comment>
        <translation>애플리케이션 자격 증명 이름</translation>
    </message>
    <message>
        <source>Only without an ID; then the user below owns it</source>
        <comment>@info:placeholder</comment>
        <translation>ID가 없을 때만 입력합니다. 이때는 아래 사용자의 자격 증명이어야 합니다</translation>
    </message>
    <message>
        <source>name</source>
        <comment>@item:inlistbox user or project given by</comment>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>@item:inlistbox user or project given by</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>User given by name or ID</source>
        <comment>@label:listbox</comment>
        <translation>사용자 지정 방식 (이름 또는 ID)</translation>
    </message>
    <message>
        <source>Project given by name or ID</source>
        <comment>@label:listbox</comment>
        <translation>프로젝트 지정 방식 (이름 또는 ID)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <comment>@label:textbox</comment>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>User</source>
        <comment>@label:textbox</comment>
        <translation>사용자</translation>
    </message>
    <message>
        <source>User &amp;domain ID:</source>
        <comment>@label:textbox</comment>
        <translation>사용자 도메인 ID(&amp;D):</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <comment>@label:textbox</comment>
        <translation>사용자 도메인(&amp;D):</translation>
    </message>
    <message>
        <source>User domain</source>
        <comment>@label:textbox</comment>
        <translation>사용자 도메인</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>@info:placeholder domain name</comment>
        <translation>Default</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <comment>@label:textbox</comment>
        <translation>프로젝트(&amp;P):</translation>
    </message>
    <message>
        <source>Project</source>
        <comment>@label:textbox</comment>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>P&amp;roject domain ID:</source>
        <comment>@label:textbox</comment>
        <translation>프로젝트 도메인 ID(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;roject domain:</source>
        <comment>@label:textbox</comment>
        <translation>프로젝트 도메인(&amp;R):</translation>
    </message>
    <message>
        <source>Project domain</source>
        <comment>@label:textbox</comment>
        <translation>프로젝트 도메인</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <comment>@label:textbox</comment>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>The user&apos;s OpenStack password</source>
        <comment>@info:placeholder</comment>
        <translation>사용자의 OpenStack 비밀번호</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <comment>@label:textbox</comment>
        <translation>시크릿(&amp;T):</translation>
    </message>
    <message>
        <source>Application credential secret</source>
        <comment>@label:textbox</comment>
        <translation>애플리케이션 자격 증명 시크릿</translation>
    </message>
    <message>
        <source>Shown once when the credential was created</source>
        <comment>@info:placeholder</comment>
        <translation>자격 증명을 만들 때 한 번만 표시됩니다</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <comment>@label:textbox</comment>
        <translation>토큰(&amp;K):</translation>
    </message>
    <message>
        <source>Token</source>
        <comment>@label:textbox</comment>
        <translation>토큰</translation>
    </message>
    <message>
        <source>e.g. from “openstack token issue”</source>
        <comment>@info:placeholder</comment>
        <translation>예: “openstack token issue”의 결과</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>@action:button secret</comment>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>@action:button secret</comment>
        <translation>보이기</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <comment>@action:button</comment>
        <translation>비밀 값 숨기기</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <comment>@action:button</comment>
        <translation>비밀 값 보이기</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <comment>@label:textbox</comment>
        <translation>리전(&amp;G):</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>@label:textbox</comment>
        <translation>리전</translation>
    </message>
    <message>
        <source>Any region (e.g. RegionOne)</source>
        <comment>@info:placeholder</comment>
        <translation>아무 리전 (예: RegionOne)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <comment>@label:listbox</comment>
        <translation>인터페이스(&amp;I):</translation>
    </message>
    <message>
        <source>Endpoint interface</source>
        <comment>@label:listbox</comment>
        <translation>엔드포인트 인터페이스</translation>
    </message>
    <message>
        <source>Which catalog endpoints to use; public unless your cloud&apos;s operator says otherwise.</source>
        <comment>@info:tooltip</comment>
        <translation>사용할 카탈로그 엔드포인트입니다. 클라우드 운영자가 달리 안내하지 않았다면 public을 사용하세요.</translation>
    </message>
    <message>
        <source>CA certificate &amp;file:</source>
        <comment>@label:textbox</comment>
        <translation>CA 인증서 파일(&amp;F):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <comment>@label:textbox</comment>
        <translation>CA 인증서 파일</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s CAs</source>
        <comment>@info:placeholder</comment>
        <translation>비워 두면 시스템의 CA 사용</translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>@action:button</comment>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <comment>@action:button</comment>
        <translation>CA 인증서 파일 찾아보기</translation>
    </message>
</context>
<context>
    <name>podnet::DemoBanner</name>
    <message>
        <source>DEMO</source>
        <comment>@label the demo-mode banner&apos;s headline</comment>
        <translation>데모</translation>
    </message>
    <message>
        <source>Built-in cloud on this computer, nothing real is changed</source>
        <comment>@info the demo-mode banner, under DEMO</comment>
        <translation>이 컴퓨터의 내장 클라우드입니다. 실제 환경은 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>DEMO — built-in cloud on this computer, nothing real is changed</source>
        <comment>@info the demo-mode banner as one sentence</comment>
        <translation>데모 — 이 컴퓨터의 내장 클라우드입니다. 실제 환경은 바뀌지 않습니다</translation>
    </message>
</context>
<context>
    <name>podnet::DemoEnvironment</name>
    <message>
        <source>The built-in Kubernetes cluster could not start (%1). Try again, or use your own cloud.</source>
        <translation>내장 Kubernetes 클러스터를 시작하지 못했습니다(%1). 다시 시도하거나 직접 준비한 클라우드를 사용하세요.</translation>
    </message>
    <message>
        <source>The built-in OpenStack cloud could not start (%1). Try again, or use your own cloud.</source>
        <translation>내장 OpenStack 클라우드를 시작하지 못했습니다(%1). 다시 시도하거나 직접 준비한 클라우드를 사용하세요.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>Could not write the demo kubeconfig (%1). Check that the temporary folder %2 is writable.</source>
        <translation>데모 kubeconfig를 쓰지 못했습니다(%1). 임시 폴더 %2에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::ExecCredentialPlugin</name>
    <message>
        <source>The credential plugin &quot;%1&quot; named in the kubeconfig is not installed or not on the PATH. Install it, then try again.</source>
        <translation>kubeconfig에 지정된 자격 증명 플러그인 &quot;%1&quot;이(가) 설치되어 있지 않거나 PATH에 없습니다. 플러그인을 설치한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; could not be started. Check that it is executable, then try again.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;을(를) 시작할 수 없습니다. 실행할 수 있는 파일인지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; did not finish within %2 seconds. It may be waiting for a login: log in with it in a terminal, then try again.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;이(가) %2초 안에 끝나지 않았습니다. 로그인을 기다리고 있을 수 있습니다. 터미널에서 이 플러그인으로 로그인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; failed (exit code %2). Run it in a terminal to see why, for example to log in again, then try again.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;이(가) 실패했습니다(종료 코드 %2). 터미널에서 실행해 원인을 확인하고(예: 다시 로그인해야 하는 경우 로그인), 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; did not print a credential Kubernetes understands. Check that it is the right version for this kubeconfig (apiVersion %2).</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;이(가) Kubernetes가 이해하는 자격 증명을 출력하지 않았습니다. 이 kubeconfig에 맞는 버전(apiVersion %2)인지 확인하세요.</translation>
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
    <name>podnet::FinishPage</name>
    <message>
        <source>Report saved to %1.</source>
        <translation>보고서를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Commands saved to %1. Run it with bash after setting your OpenStack and Kubernetes credentials in the environment.</source>
        <translation>명령을 %1에 저장했습니다. OpenStack과 Kubernetes 자격 증명을 환경 변수에 설정한 다음 bash로 실행하세요.</translation>
    </message>
    <message>
        <source>Save report</source>
        <comment>@title:window</comment>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML 페이지 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as commands</source>
        <comment>@title:window</comment>
        <translation>명령으로 내보내기</translation>
    </message>
    <message>
        <source>Shell script (*.sh)</source>
        <translation>셸 스크립트 (*.sh)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1초)</translation>
    </message>
    <message>
        <source>The run stopped at &quot;%1&quot;. Save the report for the details, fix the cause and go back to retry, or undo what was done.</source>
        <translation>실행이 &quot;%1&quot; 단계에서 멈췄습니다. 자세한 내용은 보고서를 저장해 확인하고, 원인을 해결한 뒤 이전으로 돌아가 다시 시도하거나 지금까지 한 변경을 되돌리세요.</translation>
    </message>
    <message>
        <source>Nothing was run yet.</source>
        <translation>아직 실행한 것이 없습니다.</translation>
    </message>
    <message>
        <source>The pod network is set up: every step succeeded and every node is Ready.</source>
        <translation>파드 네트워크 설정이 끝났습니다. 모든 단계가 성공했고 모든 노드가 Ready입니다.</translation>
    </message>
    <message>
        <source>Every step succeeded, but not every node is Ready yet; the report says why.</source>
        <translation>모든 단계가 성공했지만 아직 Ready가 아닌 노드가 있습니다. 이유는 보고서에 있습니다.</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>@title</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>Keep a report of the run, take it along as commands, or undo it.</source>
        <comment>@info</comment>
        <translation>실행 보고서를 저장하거나, 명령으로 내보내거나, 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <comment>@action:button</comment>
        <translation>보고서 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <comment>@action:button</comment>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>E&amp;xport as commands…</source>
        <comment>@action:button</comment>
        <translation>명령으로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export as commands</source>
        <comment>@action:button</comment>
        <translation>명령으로 내보내기</translation>
    </message>
    <message>
        <source>&amp;Undo this run…</source>
        <comment>@action:button</comment>
        <translation>이 실행 되돌리기(&amp;U)…</translation>
    </message>
    <message>
        <source>Undo this run</source>
        <comment>@action:button</comment>
        <translation>이 실행 되돌리기</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <comment>@label</comment>
        <translation>실행 단계</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>@label</comment>
        <translation>결과</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>podnet::FinishUndoBox</name>
    <message>
        <source>Reading what this run changed…</source>
        <translation>이 실행이 바꾼 내용을 읽는 중…</translation>
    </message>
    <message>
        <source>Some parts could not be read; see above. Those parts are left as they are.</source>
        <translation>일부를 읽을 수 없습니다. 위 내용을 확인하세요. 그 부분은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Nothing to undo: what this run changed is already gone.</source>
        <translation>되돌릴 것이 없습니다. 이 실행이 바꾼 내용은 이미 없습니다.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Click &quot;Undo now&quot; to remove this.</source>
        <translation>아직 아무것도 바꾸지 않았습니다. 이 내용을 제거하려면 &quot;지금 되돌리기&quot;를 누르세요.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>되돌리는 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This run is undone.</source>
        <translation>이 실행을 되돌렸습니다.</translation>
    </message>
    <message>
        <source>The undo stopped; see above for what to do. Click &quot;Preview again&quot; to see what is left.</source>
        <translation>되돌리기가 멈췄습니다. 할 일은 위 내용을 확인하세요. 남은 내용을 보려면 &quot;다시 미리 보기&quot;를 누르세요.</translation>
    </message>
    <message>
        <source>Undo this run</source>
        <comment>@title:group</comment>
        <translation>이 실행 되돌리기</translation>
    </message>
    <message>
        <source>Removes the allowed address pairs and pod-range annotations this run added, where they are still as the run left them. Changes made since are kept.</source>
        <comment>@info</comment>
        <translation>이 실행이 추가한 허용 주소 쌍과 파드 CIDR 어노테이션을, 실행이 남긴 그대로 있는 곳에서만 제거합니다. 그 뒤에 바뀐 내용은 유지합니다.</translation>
    </message>
    <message>
        <source>Also remove kube-router&apos;s &amp;objects</source>
        <comment>@option:check</comment>
        <translation>kube-router 오브젝트도 제거(&amp;O)</translation>
    </message>
    <message>
        <source>What the undo removes</source>
        <comment>@label</comment>
        <translation>되돌리기가 제거하는 것</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <comment>@label</comment>
        <translation>되돌리기 진행 상황</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <comment>@action:button</comment>
        <translation>다시 미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Undo &amp;now</source>
        <comment>@action:button</comment>
        <translation>지금 되돌리기(&amp;N)</translation>
    </message>
    <message>
        <source>Undo now</source>
        <comment>@action:button</comment>
        <translation>지금 되돌리기</translation>
    </message>
    <message>
        <source>Preview the undo again</source>
        <comment>@action:button</comment>
        <translation>되돌리기 다시 미리 보기</translation>
    </message>
    <message>
        <source>%v of %m parts</source>
        <comment>@info:progress</comment>
        <translation>%m개 중 %v개 부분</translation>
    </message>
</context>
<context>
    <name>podnet::KeystoneSession</name>
    <message>
        <source>The certificate of Keystone at %1 was issued for another name. Use the address the certificate names in the auth URL, or ask the cloud&apos;s administrator for a matching one.</source>
        <translation>%1의 Keystone 인증서는 다른 이름으로 발급되었습니다. 인증 주소(auth URL)에 인증서에 적힌 주소를 쓰거나, 클라우드 관리자에게 주소와 맞는 인증서를 요청하세요.</translation>
    </message>
    <message>
        <source>The certificate of Keystone at %1 is not signed by a CA this computer trusts. Add the cloud&apos;s CA certificate (cacert in clouds.yaml, OS_CACERT) and try again.</source>
        <translation>%1의 Keystone 인증서는 이 컴퓨터가 신뢰하는 CA가 서명한 것이 아닙니다. 클라우드의 CA 인증서(clouds.yaml의 cacert, OS_CACERT)를 추가한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Keystone at %1 sends visitors on to %2. Check the auth URL; if the new address is right, use it instead.</source>
        <translation>%1의 Keystone이 %2(으)로 리디렉션합니다. 인증 주소(auth URL)를 확인하고, 새 주소가 맞다면 그 주소를 대신 사용하세요.</translation>
    </message>
    <message>
        <source>The cloud has no region &quot;%1&quot;. Choose one of: %2.</source>
        <translation>클라우드에 &quot;%1&quot; 리전이 없습니다. 다음 중 하나를 선택하세요: %2.</translation>
    </message>
    <message>
        <source>Keystone accepted the credentials but listed no services: the token is not scoped to a project. Enter the project name (or project ID) and try again.</source>
        <translation>Keystone이 자격 증명을 받아들였지만 서비스 목록이 비어 있습니다. 토큰의 범위가 프로젝트로 지정되지 않았습니다. 프로젝트 이름(또는 프로젝트 ID)을 입력하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The cloud offers no network service (Neutron) through the &quot;%1&quot; interface. Check the interface setting (public, internal or admin); PodNet needs Neutron.</source>
        <translation>클라우드가 &quot;%1&quot; 인터페이스로 네트워크 서비스(Neutron)를 제공하지 않습니다. 인터페이스 설정(public, internal, admin)을 확인하세요. PodNet에는 Neutron이 필요합니다.</translation>
    </message>
    <message>
        <source>The cloud offers no network service (Neutron) through the &quot;%1&quot; interface in region &quot;%2&quot;. Check the interface and region settings; PodNet needs Neutron.</source>
        <translation>클라우드가 &quot;%2&quot; 리전의 &quot;%1&quot; 인터페이스로 네트워크 서비스(Neutron)를 제공하지 않습니다. 인터페이스와 리전 설정을 확인하세요. PodNet에는 Neutron이 필요합니다.</translation>
    </message>
    <message>
        <source>Keystone does not let %1 into the project &quot;%2&quot;: the project does not exist or the user has no role in it. Check the project name (or ID) and its domain.</source>
        <translation>Keystone이 %1의 &quot;%2&quot; 프로젝트 접근을 허용하지 않습니다. 프로젝트가 없거나 사용자에게 그 프로젝트의 역할이 없습니다. 프로젝트 이름(또는 ID)과 도메인을 확인하세요.</translation>
    </message>
    <message>
        <source>Keystone did not accept the user name or password for %1. Check both, and the user&apos;s domain, then try again. (An unknown project is reported the same way: check it too.)</source>
        <translation>Keystone이 %1의 사용자 이름 또는 비밀번호를 받아들이지 않았습니다. 둘 다 확인하고 사용자의 도메인도 확인한 뒤 다시 시도하세요. (없는 프로젝트도 같은 방식으로 보고되므로 프로젝트도 확인하세요.)</translation>
    </message>
    <message>
        <source>Keystone did not accept the application credential %1. Check its ID (or name and user) and secret, and that it has not expired or been deleted.</source>
        <translation>Keystone이 애플리케이션 자격 증명 %1을(를) 받아들이지 않았습니다. ID(또는 이름과 사용자)와 시크릿을 확인하고, 만료되거나 삭제되지 않았는지 확인하세요.</translation>
    </message>
    <message>
        <source>Keystone did not accept the token; it may have expired or been revoked. Get a new token, or sign in with a password or an application credential.</source>
        <translation>Keystone이 토큰을 받아들이지 않았습니다. 토큰이 만료되었거나 폐기되었을 수 있습니다. 새 토큰을 받거나, 비밀번호나 애플리케이션 자격 증명으로 로그인하세요.</translation>
    </message>
    <message>
        <source>There is no Keystone v3 API at %1. Check the auth URL, for example https://cloud.example.com:5000/v3.</source>
        <translation>%1에 Keystone v3 API가 없습니다. 인증 주소(auth URL)를 확인하세요. 예: https://cloud.example.com:5000/v3</translation>
    </message>
    <message>
        <source>Keystone rejected the sign-in request: %1 Check the user, domain and project settings.</source>
        <translation>Keystone이 로그인 요청을 거부했습니다: %1 사용자, 도메인, 프로젝트 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>The address %1 is not a Keystone API: its answer is not a Keystone token. Check the auth URL; it usually ends in :5000/v3 or /identity/v3, not the dashboard&apos;s address.</source>
        <translation>%1 주소는 Keystone API가 아닙니다. 응답이 Keystone 토큰이 아닙니다. 인증 주소(auth URL)를 확인하세요. 대시보드 주소가 아니라 보통 :5000/v3이나 /identity/v3로 끝나는 주소입니다.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeAnnotateCommand</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Every node asked for already has its range: nothing to change.</source>
        <translation>요청한 모든 노드에 이미 해당 범위가 있습니다. 바꿀 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Set the pod-range annotations on %n node(s)?</source>
        <translation>
            <numerusform>노드 %n개에 파드 범위 어노테이션을 설정할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pod ranges inside the cluster CIDR %1:</source>
        <translation>클러스터 CIDR %1 안의 파드 CIDR 범위:</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>PROPOSED</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>The same with kubectl:</source>
        <translation>kubectl로 같은 작업을 하려면:</translation>
    </message>
    <message numerus="yes">
        <source>kube-router reads the annotations only when it starts, so its pod on %n changed node(s) is restarted afterwards (--restart-pods), as with:</source>
        <translation>
            <numerusform>kube-router는 시작할 때만 어노테이션을 읽으므로, 이후 변경된 노드 %n개에서 kube-router 파드를 재시작합니다(--restart-pods). 다음 명령과 같습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kube-router reads the annotations only when it starts: restart its pod on %n changed node(s) afterwards (--restart-pods does it), for example:</source>
        <translation>
            <numerusform>kube-router는 시작할 때만 어노테이션을 읽습니다. 이후 변경된 노드 %n개에서 kube-router 파드를 재시작하세요(--restart-pods가 이 작업을 합니다). 예:</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as run %1 in %2. To take it back: %3</source>
        <translation>%2에 실행 %1(으)로 기록했습니다. 되돌리려면: %3</translation>
    </message>
</context>
<context>
    <name>podnet::KubeApplyCommand</name>
    <message>
        <source>Nothing was applied.</source>
        <translation>아무것도 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>Apply these changes to the cluster?</source>
        <translation>이 변경 사항을 클러스터에 적용할까요?</translation>
    </message>
    <message>
        <source>%1: taking over the fields other managers own (--force-conflicts).</source>
        <translation>%1: 다른 필드 매니저가 소유한 필드를 넘겨받습니다(--force-conflicts).</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for the rollout (--no-wait skips this)…</source>
        <translation>
            <numerusform>롤아웃을 최대 %n초 동안 기다립니다(--no-wait를 쓰면 기다리지 않습니다)…</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 of %2 pods up to date, %3 ready</source>
        <translation>  파드 %2개 중 %1개 최신, %3개 준비됨</translation>
    </message>
</context>
<context>
    <name>podnet::KubeApplyObjectList</name>
    <message>
        <source>Technical details:</source>
        <translation>기술 세부 정보:</translation>
    </message>
    <message>
        <source>No changes: the cluster already has this object as the manifest describes it.</source>
        <translation>변경 없음: 클러스터에 이 오브젝트가 이미 매니페스트에 적힌 그대로 있습니다.</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>생성 예정</translation>
    </message>
    <message>
        <source>will be changed (select to see the diff)</source>
        <translation>변경 예정 (선택하면 차이를 볼 수 있음)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>conflict: other tools own some fields</source>
        <translation>충돌: 일부 필드를 다른 도구가 소유함</translation>
    </message>
    <message>
        <source>preview failed (select for details)</source>
        <translation>미리 보기 실패 (선택하면 자세히 볼 수 있음)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>applying…</source>
        <translation>적용하는 중…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>conflict: not applied</source>
        <translation>충돌: 적용 안 됨</translation>
    </message>
    <message>
        <source>failed (select for details)</source>
        <translation>실패 (선택하면 자세히 볼 수 있음)</translation>
    </message>
    <message>
        <source>exists; will be deleted</source>
        <translation>있음, 삭제 예정</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>이미 없음</translation>
    </message>
    <message>
        <source>could not be deleted (select for details)</source>
        <translation>삭제할 수 없음 (선택하면 자세히 볼 수 있음)</translation>
    </message>
    <message>
        <source>Object</source>
        <comment>@title:column</comment>
        <translation>오브젝트</translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title:column</comment>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>podnet::KubeApplyPreview</name>
    <message>
        <source>%1 to create, %2 to configure, %3 unchanged, %4 with problems.</source>
        <translation>생성 예정 %1, 변경 예정 %2, 변경 없음 %3, 문제 있음 %4.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeCheckCommand</name>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Pre-flight checks: %1 error(s), %2 warning(s), %3 note(s), %4 ok.</source>
        <translation>사전 점검: 오류 %1개, 경고 %2개, 정보 %3개, 정상 %4개.</translation>
    </message>
    <message>
        <source>Fix the errors above (the commands show how), then run podnet-wizard k8s check again.</source>
        <translation>위의 오류를 고친 뒤(고치는 방법은 함께 나온 명령에 있습니다) podnet-wizard k8s check를 다시 실행하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeClient</name>
    <message>
        <source>the Kubernetes API server</source>
        <translation>Kubernetes API 서버</translation>
    </message>
</context>
<context>
    <name>podnet::KubeCommand</name>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 has no current-context. Choose a context with --context; the kubeconfig has: %2.</source>
        <translation>%1에 current-context가 없습니다. --context로 컨텍스트를 선택하세요. kubeconfig에 있는 컨텍스트: %2.</translation>
    </message>
    <message>
        <source>The kubeconfig (%1) has no context named &quot;%2&quot;. Choose one with --context: %3.</source>
        <translation>kubeconfig(%1)에 &quot;%2&quot;(이)라는 컨텍스트가 없습니다. --context로 다음 중 하나를 선택하세요: %3.</translation>
    </message>
    <message>
        <source>The kubeconfig turns off TLS verification (insecure-skip-tls-verify) for context &quot;%1&quot;: anyone on the way could read and change what is sent, credentials included. Add the cluster&apos;s CA (certificate-authority-data) instead.</source>
        <translation>kubeconfig가 컨텍스트 &quot;%1&quot;의 TLS 검증을 끕니다(insecure-skip-tls-verify). 통신 경로에 있는 누구든 자격 증명을 포함해 보내는 내용을 읽고 바꿀 수 있습니다. 대신 클러스터의 CA(certificate-authority-data)를 추가하세요.</translation>
    </message>
    <message>
        <source>the kubeconfig&apos;s server</source>
        <translation>kubeconfig의 서버 주소</translation>
    </message>
    <message>
        <source>Give the API server address the nodes use with --api-server.</source>
        <translation>노드가 사용하는 API 서버 주소를 --api-server로 지정하세요.</translation>
    </message>
    <message>
        <source>podnet-wizard: note: --api-server not given, so kube-router gets the kubeconfig&apos;s server %1. It must be the address the nodes reach the API server at; if they use another one, give it with --api-server.</source>
        <translation>podnet-wizard: 참고: --api-server를 지정하지 않아 kube-router에 kubeconfig의 서버 주소 %1을(를) 설정합니다. 이 주소는 노드가 API 서버에 접속하는 주소여야 합니다. 노드가 다른 주소를 쓴다면 --api-server로 지정하세요.</translation>
    </message>
    <message>
        <source>Could not connect to %1 (context &quot;%2&quot;). Check the kubeconfig and try podnet-wizard k8s check.</source>
        <translation>%1(컨텍스트 &quot;%2&quot;)에 연결할 수 없습니다. kubeconfig를 확인하고 podnet-wizard k8s check를 실행해 보세요.</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(알 수 없는 사용자)</translation>
    </message>
    <message>
        <source>Connected to %1 (context &quot;%2&quot;): Kubernetes %3, as %4.</source>
        <translation>%1(컨텍스트 &quot;%2&quot;)에 연결했습니다: Kubernetes %3, 사용자 %4.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeConfirmPrompt</name>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short answer yes to [y/N]</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to [y/N]</comment>
        <translation>예</translation>
    </message>
</context>
<context>
    <name>podnet::KubeConnectionManualForm</name>
    <message>
        <source>The token is saved in the keychain for this server.</source>
        <translation>이 서버의 토큰이 키체인에 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>Filled in the token saved in the keychain for this server.</source>
        <translation>키체인에 저장된 이 서버의 토큰을 채워 넣었습니다.</translation>
    </message>
    <message>
        <source>No keychain is available, so the token is kept in memory only and must be typed again next time. Start your desktop&apos;s keyring to have it remembered.</source>
        <translation>사용할 수 있는 키체인(시스템 비밀번호 저장소)이 없어서 토큰을 메모리에만 보관하며, 다음에 다시 입력해야 합니다. 토큰을 기억하게 하려면 데스크톱의 키링을 실행하세요.</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain and is kept in memory only: %1</source>
        <translation>토큰을 키체인에 저장할 수 없어서 메모리에만 보관합니다: %1</translation>
    </message>
    <message>
        <source>Choose the cluster&apos;s CA certificate</source>
        <translation>클러스터의 CA 인증서 선택</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>인증서 (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>API server &amp;URL:</source>
        <translation>API 서버 주소(&amp;U):</translation>
    </message>
    <message>
        <source>https://203.0.113.10:6443</source>
        <translation>https://203.0.113.10:6443</translation>
    </message>
    <message>
        <source>API server URL for this computer</source>
        <translation>이 컴퓨터에서 접속할 API 서버 주소</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 인증서(&amp;C):</translation>
    </message>
    <message>
        <source>Optional: the cluster&apos;s ca.pem (else the system&apos;s CAs)</source>
        <translation>선택 사항: 클러스터의 ca.pem (없으면 시스템의 CA 사용)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 인증서 파일</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate</source>
        <translation>CA 인증서 찾아보기</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 토큰</translation>
    </message>
    <message>
        <source>A service account or user token</source>
        <translation>서비스 어카운트 토큰 또는 사용자 토큰</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>보기(&amp;H)</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>토큰 보기</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the keychain</source>
        <translation>키체인에 토큰 기억(&amp;R)</translation>
    </message>
    <message>
        <source>Remember the token in the keychain</source>
        <translation>키체인에 토큰 기억</translation>
    </message>
    <message>
        <source>Keychain note</source>
        <translation>키체인 안내</translation>
    </message>
    <message>
        <source>Tok&amp;en:</source>
        <translation>토큰(&amp;E):</translation>
    </message>
</context>
<context>
    <name>podnet::KubeConnectionPage</name>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (위치: %2)</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (파일: %2)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Press Test connection to check the server, your credentials and the kinds kube-router needs.</source>
        <translation>서버, 자격 증명, kube-router에 필요한 리소스 종류(kind)를 확인하려면 [연결 시험]을 누르세요.</translation>
    </message>
    <message>
        <source>Test cancelled. Press Test connection to try again.</source>
        <translation>시험을 취소했습니다. 다시 시도하려면 [연결 시험]을 누르세요.</translation>
    </message>
    <message>
        <source>Waiting for the credential plugin &quot;%1&quot;… The first run can take a while: it may look up your login shell&apos;s PATH or ask you to log in.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;을(를) 기다리는 중… 처음 실행할 때는 시간이 걸릴 수 있습니다. 로그인 셸의 PATH를 찾거나 로그인을 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes 클러스터</translation>
    </message>
    <message>
        <source>Choose the cluster to install kube-router into and test the connection.</source>
        <translation>kube-router를 설치할 클러스터를 선택하고 연결을 시험하세요.</translation>
    </message>
    <message>
        <source>The wizard reads your kubeconfig as kubectl does and never changes it. It needs a user that may create cluster-wide objects, such as the tutorial&apos;s admin.</source>
        <translation>마법사는 kubectl처럼 kubeconfig를 읽기만 하고 절대 바꾸지 않습니다. 실습의 admin처럼 클러스터 전체 범위의 오브젝트를 만들 수 있는 사용자가 필요합니다.</translation>
    </message>
    <message>
        <source>Connection warnings</source>
        <translation>연결 경고</translation>
    </message>
    <message>
        <source>✖ TLS verification is off for this cluster (insecure-skip-tls-verify). Anyone on the way can pose as the server and take your credentials. Put the cluster&apos;s CA certificate into the kubeconfig instead.</source>
        <translation>✖ 이 클러스터는 TLS 검증이 꺼져 있습니다(insecure-skip-tls-verify). 중간에 있는 누구든 서버로 가장해 자격 증명을 가로챌 수 있습니다. 대신 클러스터의 CA 인증서를 kubeconfig에 넣으세요.</translation>
    </message>
    <message>
        <source>TLS verification is off</source>
        <translation>TLS 검증 꺼짐</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 시험</translation>
    </message>
    <message>
        <source>Filled in the API server address from your kubeconfig; it must be an address the nodes reach (check it on the Network page).</source>
        <translation>kubeconfig에서 API 서버 주소를 가져와 채웠습니다. 이 주소는 노드가 접속할 수 있는 주소여야 합니다(네트워크 페이지에서 확인하세요).</translation>
    </message>
    <message>
        <source>API server address note</source>
        <translation>API 서버 주소 안내</translation>
    </message>
    <message>
        <source>&amp;Skip: I&apos;ll install kube-router myself</source>
        <translation>건너뛰기(&amp;S): kube-router를 직접 설치합니다</translation>
    </message>
    <message>
        <source>Skip connecting to the cluster</source>
        <translation>클러스터 연결 건너뛰기</translation>
    </message>
</context>
<context>
    <name>podnet::KubeConnectionResultPanel</name>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ Connected: Kubernetes %1.</source>
        <translation>✔ 연결됨: Kubernetes %1.</translation>
    </message>
    <message>
        <source>✔ Connected: Kubernetes %1 (%2).</source>
        <translation>✔ 연결됨: Kubernetes %1 (%2).</translation>
    </message>
    <message>
        <source>The server does not say who you are (it offers no SelfSubjectReview); that is fine for the test.</source>
        <translation>서버가 사용자 정보를 알려 주지 않습니다(SelfSubjectReview를 제공하지 않음). 연결 시험에는 문제가 없습니다.</translation>
    </message>
    <message>
        <source>You are %1.</source>
        <translation>현재 사용자는 %1입니다.</translation>
    </message>
    <message>
        <source>You are %1, in the groups %2.</source>
        <translation>현재 사용자는 %1(그룹: %2)입니다.</translation>
    </message>
    <message>
        <source>These API groups did not answer and were skipped: %1.</source>
        <translation>다음 API 그룹이 응답하지 않아 건너뛰었습니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n kind(s). Load kube-router&apos;s manifest to see how its kinds map to them.</source>
        <translation>
            <numerusform>서버가 제공하는 종류(kind)는 %n개입니다. kube-router 매니페스트를 불러오면 매니페스트의 종류가 이 중 어디에 대응하는지 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest&apos;s kinds on this server:</source>
        <translation>이 서버에서 매니페스트의 종류:</translation>
    </message>
    <message>
        <source>✖ %1 (%2): the server does not offer this kind; applying it will fail.</source>
        <translation>✖ %1 (%2): 서버가 이 종류를 제공하지 않으므로 적용하면 실패합니다.</translation>
    </message>
    <message>
        <source>✔ %1 (%2) → %3, per namespace</source>
        <translation>✔ %1 (%2) → %3, 네임스페이스 단위</translation>
    </message>
    <message>
        <source>✔ %1 (%2) → %3, cluster-wide</source>
        <translation>✔ %1 (%2) → %3, 클러스터 전체</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>연결 시험 중</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>시험 취소</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>연결 시험 취소</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>연결 시험 결과</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>자세히(&amp;D)</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>기술 세부 정보 보기</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>기술 세부 정보</translation>
    </message>
</context>
<context>
    <name>podnet::KubeConnectionSourceBox</name>
    <message>
        <source>This kubeconfig has no contexts. Choose another file, or type in the server&apos;s address and a token.</source>
        <translation>이 kubeconfig에는 컨텍스트가 없습니다. 다른 파일을 선택하거나, 서버 주소와 토큰을 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file</source>
        <translation>kubeconfig 파일 선택</translation>
    </message>
    <message>
        <source>Cluster server: %1</source>
        <translation>클러스터 서버: %1</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is not defined.</source>
        <translation>클러스터 &quot;%1&quot;이(가) 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>signs in through the credential plugin &quot;%1&quot;</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;(으)로 로그인</translation>
    </message>
    <message>
        <source>signs in with a token</source>
        <translation>토큰으로 로그인</translation>
    </message>
    <message>
        <source>signs in with a user name and password</source>
        <translation>사용자 이름과 비밀번호로 로그인</translation>
    </message>
    <message>
        <source>signs in with a client certificate</source>
        <translation>클라이언트 인증서로 로그인</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>사용자: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>사용자: %1 (%2)</translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation>네임스페이스: %1</translation>
    </message>
    <message>
        <source>No kubeconfig found (KUBECONFIG or ~/.kube/config)</source>
        <translation>찾은 kubeconfig 없음 (KUBECONFIG 또는 ~/.kube/config)</translation>
    </message>
    <message>
        <source>Use the &amp;kubeconfig files from KUBECONFIG: %1</source>
        <translation>KUBECONFIG의 kubeconfig 파일 사용(&amp;K): %1</translation>
    </message>
    <message>
        <source>Use the &amp;kubeconfig found at %1</source>
        <translation>%1에서 찾은 kubeconfig 사용(&amp;K)</translation>
    </message>
    <message>
        <source>Use the kubeconfig found on this computer</source>
        <translation>이 컴퓨터에서 찾은 kubeconfig 사용</translation>
    </message>
    <message>
        <source>Use &amp;another kubeconfig file:</source>
        <translation>다른 kubeconfig 파일 사용(&amp;A):</translation>
    </message>
    <message>
        <source>Use another kubeconfig file</source>
        <translation>다른 kubeconfig 파일 사용</translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation>kubeconfig 파일</translation>
    </message>
    <message>
        <source>Path to a kubeconfig file</source>
        <translation>kubeconfig 파일 경로</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a kubeconfig file</source>
        <translation>kubeconfig 파일 찾아보기</translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation>컨텍스트(&amp;O):</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>kubeconfig 컨텍스트</translation>
    </message>
    <message>
        <source>The chosen context</source>
        <translation>선택한 컨텍스트</translation>
    </message>
    <message>
        <source>T&amp;ype in the server and a token</source>
        <translation>서버와 토큰 직접 입력(&amp;Y)</translation>
    </message>
    <message>
        <source>Type in the server and a token</source>
        <translation>서버와 토큰 직접 입력</translation>
    </message>
</context>
<context>
    <name>podnet::KubeDiffCommand</name>
    <message>
        <source>%1: other field managers own fields the manifest sets:</source>
        <translation>%1: 매니페스트가 설정하는 필드를 다른 필드 매니저가 소유하고 있습니다:</translation>
    </message>
    <message>
        <source>  field %1 is owned by %2</source>
        <translation>  필드 %1의 소유자: %2</translation>
    </message>
    <message>
        <source>another manager</source>
        <translation>다른 매니저</translation>
    </message>
    <message>
        <source>To take these fields over for podnet-wizard, run again with --force-conflicts (the other tool may change them back).</source>
        <translation>이 필드를 podnet-wizard가 가져오려면 --force-conflicts를 붙여 다시 실행하세요(다른 도구가 값을 되돌릴 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>podnet::KubeInformer</name>
    <message>
        <source>The Kubernetes API server did not answer %1 with a list. Check that the kubeconfig points at a Kubernetes API server.</source>
        <translation>Kubernetes API 서버가 %1에 목록으로 응답하지 않았습니다. kubeconfig가 Kubernetes API 서버를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>The Kubernetes API server keeps saying the data of %1 is out of date. Retrying; if it keeps happening, check the server&apos;s logs.</source>
        <translation>Kubernetes API 서버가 %1의 데이터가 오래되었다고 계속 응답합니다. 다시 시도하는 중입니다. 계속 발생하면 서버 로그를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeNodesCommand</name>
    <message numerus="yes">
        <source>Not every node became Ready with kube-router rolled out within %n second(s):</source>
        <translation>
            <numerusform>%n초 안에 모든 노드가 Ready가 되고 kube-router 롤아웃이 끝나지는 않았습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>No resources found</source>
        <translation>리소스를 찾을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>podnet::KubeReply</name>
    <message>
        <source>The Kubernetes API server did not accept the credentials (HTTP 401). Check the kubeconfig&apos;s user: the token or certificate may have expired; log in again and retry.</source>
        <translation>Kubernetes API 서버가 자격 증명을 받아들이지 않았습니다(HTTP 401). kubeconfig의 사용자를 확인하세요. 토큰이나 인증서가 만료되었을 수 있으니 다시 로그인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The Kubernetes API server refused this request (HTTP 403): the kubeconfig&apos;s user lacks the permission. Use a cluster-admin context, or ask the cluster&apos;s administrator.</source>
        <translation>Kubernetes API 서버가 이 요청을 거부했습니다(HTTP 403). kubeconfig의 사용자에게 권한이 없습니다. cluster-admin 컨텍스트를 사용하거나 클러스터 관리자에게 문의하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeRouterPodRestartJob</name>
    <message>
        <source>The Kubernetes API server refused to delete kube-router&apos;s pod (HTTP 403): the kubeconfig&apos;s user may not &quot;delete&quot; &quot;pods&quot; in the namespace %1. Add a Role rule (resources: [pods], verbs: [delete]) in %1, or restart the pods yourself.</source>
        <translation>Kubernetes API 서버가 kube-router 파드의 삭제를 거부했습니다(HTTP 403). kubeconfig의 사용자에게 네임스페이스 %1에서 &quot;pods&quot;를 &quot;delete&quot;할 권한이 없습니다. %1에 Role 규칙(resources: [pods], verbs: [delete])을 추가하거나 파드를 직접 재시작하세요.</translation>
    </message>
    <message>
        <source>node/%1: kube-router not restarted yet</source>
        <translation>node/%1: kube-router가 아직 재시작되지 않음</translation>
    </message>
    <message>
        <source>node/%1: no kube-router pod runs there; the new range applies when one starts</source>
        <translation>node/%1: 이 노드에서 실행 중인 kube-router 파드가 없습니다. 파드가 시작되면 새 범위가 적용됩니다</translation>
    </message>
    <message>
        <source>pod/%1 deleted; the DaemonSet starts a new one on node %2, which reads the new range</source>
        <translation>pod/%1 삭제됨. 데몬셋이 노드 %2에서 새 파드를 시작하며, 새 파드는 새 범위를 읽습니다</translation>
    </message>
    <message>
        <source>node/%1: kube-router was not restarted: %2</source>
        <translation>node/%1: kube-router를 재시작하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not list kube-router&apos;s pods: %1. Restart them yourself with kubectl delete pod.</source>
        <translation>kube-router 파드 목록을 가져올 수 없습니다: %1. kubectl delete pod로 파드를 직접 재시작하세요.</translation>
    </message>
    <message>
        <source>Cancelled before kube-router was restarted here.</source>
        <translation>이 노드에서 kube-router를 재시작하기 전에 중단되었습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeUnannotateCommand</name>
    <message>
        <source>Run %1 changed the cluster at %2, but this context talks to %3. Choose the context of that cluster with --context.</source>
        <translation>실행 %1은(는) %2의 클러스터를 변경했지만, 이 컨텍스트는 %3에 연결됩니다. --context로 그 클러스터의 컨텍스트를 선택하세요.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>되돌릴 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing run %1 of %2 (%n node(s) recorded).</source>
        <translation>
            <numerusform>%2의 실행 %1을(를) 되돌립니다(기록된 노드 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>No node holds what the run set any more: nothing to undo.</source>
        <translation>그 실행이 설정한 값을 아직 가지고 있는 노드가 없습니다. 되돌릴 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Restore the pod-range annotations of %n node(s)?</source>
        <translation>
            <numerusform>노드 %n개의 파드 범위 어노테이션을 복원할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>RESTORES</source>
        <translation>복원할 값</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(제거됨)</translation>
    </message>
    <message>
        <source>The same with kubectl:</source>
        <translation>kubectl로 같은 작업을 하려면:</translation>
    </message>
    <message numerus="yes">
        <source>kube-router reads the annotations only when it starts: restart its pod on %n node(s) afterwards, for example:</source>
        <translation>
            <numerusform>kube-router는 시작할 때만 어노테이션을 읽습니다. 이후 노드 %n개에서 kube-router 파드를 재시작하세요. 예:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::KubeUninstallCommand</name>
    <message>
        <source>None of kube-router&apos;s objects exist: nothing to delete.</source>
        <translation>kube-router의 오브젝트가 하나도 없습니다. 삭제할 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) from the cluster?</source>
        <translation>
            <numerusform>클러스터에서 오브젝트 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>아무것도 삭제하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeVerbCommand</name>
    <message>
        <source>%1 Nothing asks for confirmation here because this is not a terminal: run again with --yes to go ahead.</source>
        <translation>%1 터미널이 아니어서 확인을 요청할 수 없습니다. 진행하려면 --yes를 붙여 다시 실행하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::KubeWatchReader</name>
    <message>
        <source>The Kubernetes API server stopped watching %1. Try again; if it keeps happening, check the server&apos;s logs.</source>
        <translation>Kubernetes API 서버가 %1 감시(watch)를 멈췄습니다. 다시 시도하고, 계속 발생하면 서버 로그를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::LivePortsLoader</name>
    <message>
        <source>Server names could not be read from Nova (%1); ports are shown by their own names.</source>
        <translation>Nova에서 서버 이름을 읽을 수 없어서(%1) 포트를 자체 이름으로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>podnet::ManifestApplyJob</name>
    <message>
        <source>Could not read %1 before applying it. %2</source>
        <translation>적용하기 전에 %1을(를) 읽을 수 없었습니다. %2</translation>
    </message>
    <message>
        <source>Could not apply %1. %2</source>
        <translation>%1을(를) 적용할 수 없었습니다. %2</translation>
    </message>
    <message>
        <source>%1 (owned by %2)</source>
        <comment>@info field and its manager</comment>
        <translation>%1 (소유: %2)</translation>
    </message>
    <message>
        <source>%1: other tools manage fields that this manifest sets to different values: %2. Take ownership to overwrite them with the manifest&apos;s values (apply with force), or change the manifest to keep theirs.</source>
        <translation>%1: 이 매니페스트가 다른 값으로 설정하는 필드를 다른 도구가 관리하고 있습니다: %2. 소유권을 가져와 매니페스트의 값으로 덮어쓰거나(force로 적용), 다른 도구의 값을 유지하도록 매니페스트를 바꾸세요.</translation>
    </message>
    <message>
        <source>%1 not applied</source>
        <comment>@info kubectl-style line</comment>
        <translation>%1 적용 안 됨</translation>
    </message>
    <message>
        <source>%1 created</source>
        <comment>@info kubectl-style line</comment>
        <translation>%1 생성됨</translation>
    </message>
    <message>
        <source>%1 configured</source>
        <comment>@info kubectl-style line</comment>
        <translation>%1 변경됨</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <comment>@info kubectl-style line</comment>
        <translation>%1 변경 없음</translation>
    </message>
    <message>
        <source>%1 conflict</source>
        <comment>@info kubectl-style line</comment>
        <translation>%1 충돌</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>@info kubectl-style line</comment>
        <translation>%1 실패</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s): %1 created, %2 configured, %3 unchanged, %4 not applied</source>
        <translation>
            <numerusform>오브젝트 %n개: 생성됨 %1개, 변경됨 %2개, 변경 없음 %3개, 적용 안 됨 %4개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::ManifestDiffJob</name>
    <message>
        <source>Could not read %1 from the cluster. %2</source>
        <translation>클러스터에서 %1을(를) 읽을 수 없습니다. %2</translation>
    </message>
    <message>
        <source>The server refused %1 in a trial run, so applying it would fail too. %2</source>
        <translation>서버가 시험 실행 (dry run)에서 %1을(를) 거부했으므로 실제로 적용해도 실패합니다. %2</translation>
    </message>
    <message>
        <source>%1 to create, %2 to configure, %3 unchanged, %4 with problems.</source>
        <translation>생성 예정 %1, 변경 예정 %2, 변경 없음 %3, 문제 있음 %4.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info symbol and object</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>podnet::ManifestPlanPanel</name>
    <message>
        <source>ℹ There is no connection to a Kubernetes cluster, so kube-router is not installed by this run.</source>
        <translation>ℹ Kubernetes 클러스터에 연결되어 있지 않으므로 이 실행에서는 kube-router를 설치하지 않습니다.</translation>
    </message>
    <message>
        <source>⏳ Asking the cluster what applying each object would change (a server-side dry run; nothing is changed)…</source>
        <translation>⏳ 각 오브젝트를 적용하면 무엇이 바뀌는지 클러스터에 묻는 중입니다(서버 측 시험 실행(dry run)이므로 아무것도 바뀌지 않습니다)…</translation>
    </message>
    <message>
        <source>✖ %1 Press Dry run again to retry.</source>
        <translation>✖ %1 다시 시도하려면 [다시 시험 실행]을 누르세요.</translation>
    </message>
    <message>
        <source>&amp;Objects:</source>
        <comment>@label</comment>
        <translation>오브젝트(&amp;O):</translation>
    </message>
    <message>
        <source>kube-router objects and what applying them changes</source>
        <translation>kube-router 오브젝트와 적용하면 바뀌는 내용</translation>
    </message>
    <message>
        <source>&amp;Difference with the live cluster:</source>
        <comment>@label</comment>
        <translation>현재 클러스터와의 차이(&amp;D):</translation>
    </message>
    <message>
        <source>Difference of the selected object</source>
        <comment>@label</comment>
        <translation>선택한 오브젝트의 차이</translation>
    </message>
    <message>
        <source>&amp;Dry run again</source>
        <comment>@action:button</comment>
        <translation>다시 시험 실행(&amp;D)</translation>
    </message>
    <message>
        <source>Ask the cluster again what would change</source>
        <comment>@action:button</comment>
        <translation>무엇이 바뀔지 클러스터에 다시 묻기</translation>
    </message>
    <message>
        <source>Same as: kubectl apply --server-side --field-manager=%1 --dry-run=server -f kube-router.yaml</source>
        <translation>같은 명령: kubectl apply --server-side --field-manager=%1 --dry-run=server -f kube-router.yaml</translation>
    </message>
    <message>
        <source>Equivalent kubectl command</source>
        <comment>@label</comment>
        <translation>같은 작업을 하는 kubectl 명령</translation>
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
    <name>podnet::ManifestUninstallJob</name>
    <message>
        <source>Could not read %1 from the cluster. %2</source>
        <translation>클러스터에서 %1을(를) 읽을 수 없습니다. %2</translation>
    </message>
    <message>
        <source>Could not delete %1; the objects after it were left in place. %2</source>
        <translation>%1을(를) 삭제할 수 없습니다. 그 뒤의 오브젝트는 그대로 두었습니다. %2</translation>
    </message>
    <message>
        <source>%1 not removed</source>
        <comment>@info uninstall line</comment>
        <translation>%1 삭제 안 됨</translation>
    </message>
    <message>
        <source>%1 exists (will be deleted)</source>
        <comment>@info uninstall line</comment>
        <translation>%1 있음 (삭제 예정)</translation>
    </message>
    <message>
        <source>%1 not found (nothing to delete)</source>
        <comment>@info uninstall line</comment>
        <translation>%1 없음 (삭제할 것 없음)</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <comment>@info uninstall line</comment>
        <translation>%1 삭제됨</translation>
    </message>
    <message>
        <source>%1 already gone</source>
        <comment>@info uninstall line</comment>
        <translation>%1 이미 없음</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <comment>@info uninstall line</comment>
        <translation>%1 실패: %2</translation>
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
    <name>podnet::NeutronPortClient</name>
    <message>
        <source>Could not get a usable token from Keystone. Check the credentials and try again.</source>
        <translation>Keystone에서 쓸 수 있는 토큰을 받지 못했습니다. 자격 증명을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The token is not scoped to a project, so the ports to change are unknown. Choose a project in the credentials.</source>
        <translation>토큰의 범위(scope)가 프로젝트로 지정되어 있지 않아서 변경할 포트를 알 수 없습니다. 자격 증명에서 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>The cloud&apos;s service catalog lists no network (Neutron) endpoint for this region and interface. Check the region name.</source>
        <translation>클라우드의 서비스 카탈로그에 이 리전과 인터페이스에 해당하는 네트워크(Neutron) 엔드포인트가 없습니다. 리전 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>Neutron refused a token Keystone had just issued (HTTP 401). Check that the user still has a role in project %1 and that Neutron trusts this Keystone.</source>
        <translation>Keystone이 방금 발급한 토큰을 Neutron이 거부했습니다(HTTP 401). 사용자에게 아직 프로젝트 %1의 역할이 있는지, Neutron이 이 Keystone을 신뢰하는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::NodeReadyWaiter</name>
    <message>
        <source>The node status is not available.</source>
        <translation>노드 상태를 알 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::NodeStatusMonitor</name>
    <message>
        <source>Live</source>
        <comment>@info:status connection to the cluster</comment>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Connecting to the Kubernetes API server…</source>
        <translation>Kubernetes API 서버에 연결하는 중…</translation>
    </message>
    <message>
        <source>the connection to the Kubernetes API server was lost.</source>
        <translation>Kubernetes API 서버와의 연결이 끊어졌습니다.</translation>
    </message>
    <message numerus="yes">
        <source>No data yet; retrying in %n s: %1</source>
        <translation>
            <numerusform>아직 데이터가 없습니다. %n초 후에 다시 시도합니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet; retrying now: %1</source>
        <translation>아직 데이터가 없습니다. 지금 다시 시도합니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>@item:intext duration</comment>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>@item:intext duration</comment>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>@item:intext duration</comment>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s — data as of %1 (%2 ago): %3</source>
        <translation>
            <numerusform>%n초 후에 다시 연결합니다 — %1 기준 데이터(%2 전): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting now — data as of %1 (%2 ago): %3</source>
        <translation>지금 다시 연결합니다 — %1 기준 데이터(%2 전): %3</translation>
    </message>
</context>
<context>
    <name>podnet::NodeStatusPage</name>
    <message>
        <source>Reading the nodes…</source>
        <comment>@info</comment>
        <translation>노드를 읽는 중…</translation>
    </message>
    <message>
        <source>Not connected to a Kubernetes API server: go back to the Kubernetes page and test the connection.</source>
        <comment>@info</comment>
        <translation>Kubernetes API 서버에 연결되어 있지 않습니다. Kubernetes 클러스터 페이지로 돌아가 연결을 시험하세요.</translation>
    </message>
    <message>
        <source>Select a node to see why it is or is not Ready.</source>
        <comment>@info</comment>
        <translation>노드를 선택하면 그 노드가 Ready인 이유 또는 Ready가 아닌 이유를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Node status</source>
        <comment>@title</comment>
        <translation>노드 상태</translation>
    </message>
    <message>
        <source>Every node of the cluster, live. A node is Ready once kube-router runs on it; the last columns say why a node is not.</source>
        <comment>@info</comment>
        <translation>클러스터의 모든 노드를 실시간으로 보여 줍니다. 노드에서 kube-router가 실행되면 그 노드는 Ready가 됩니다. 노드가 Ready가 아닌 이유는 마지막 열들에 나옵니다.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <comment>@label:textbox</comment>
        <translation>필터(&amp;F):</translation>
    </message>
    <message>
        <source>name, status, role or address</source>
        <comment>@info:placeholder</comment>
        <translation>이름, 상태, 역할 또는 주소</translation>
    </message>
    <message>
        <source>Nodes</source>
        <comment>@label</comment>
        <translation>노드</translation>
    </message>
    <message>
        <source>Selected node</source>
        <comment>@label</comment>
        <translation>선택한 노드</translation>
    </message>
    <message>
        <source>Show &amp;command</source>
        <comment>@action:button</comment>
        <translation>명령 보기(&amp;C)</translation>
    </message>
    <message>
        <source>The kubectl commands that show the same thing, as in the lab text.</source>
        <comment>@info:tooltip</comment>
        <translation>실습 문서에서처럼 같은 내용을 보여 주는 kubectl 명령입니다.</translation>
    </message>
    <message>
        <source>The OpenStack ports have not been read: refresh the ports to see whether the allowed address pairs cover each node.</source>
        <comment>@info</comment>
        <translation>OpenStack 포트를 읽지 않았습니다. 허용 주소 쌍이 각 노드를 포함하는지 보려면 포트를 새로 고치세요.</translation>
    </message>
    <message>
        <source>Reading the OpenStack ports…</source>
        <comment>@info</comment>
        <translation>OpenStack 포트를 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>The allowed address pairs cover %1 of %n node(s) (ports read at %2).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>허용 주소 쌍이 노드 %n개 중 %1개를 포함합니다(포트를 읽은 시각: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The OpenStack ports could not be read: %1 Check the OpenStack connection, then refresh the ports.</source>
        <comment>@info</comment>
        <translation>OpenStack 포트를 읽을 수 없습니다: %1 OpenStack 연결을 확인한 뒤 포트를 새로 고치세요.</translation>
    </message>
    <message>
        <source>Refresh &amp;ports</source>
        <comment>@action:button</comment>
        <translation>포트 새로 고침(&amp;P)</translation>
    </message>
    <message>
        <source>Refresh OpenStack ports</source>
        <comment>@action:button</comment>
        <translation>OpenStack 포트 새로 고침</translation>
    </message>
    <message>
        <source>Read the project&apos;s ports from Neutron again and update the pairs-cover column.</source>
        <comment>@info:tooltip</comment>
        <translation>Neutron에서 프로젝트의 포트를 다시 읽어 [주소 쌍 허용] 열을 갱신합니다.</translation>
    </message>
</context>
<context>
    <name>podnet::NodeTableModel</name>
    <message>
        <source>The node&apos;s name; hover for kubectl&apos;s wide columns.</source>
        <translation>노드 이름입니다. 마우스를 올리면 kubectl의 wide 출력 열을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>kubectl&apos;s STATUS: Ready, NotReady (Ready is False or Unknown) or Unknown (no Ready condition); SchedulingDisabled when cordoned.</source>
        <translation>kubectl의 STATUS입니다. Ready, NotReady(Ready 조건이 False 또는 Unknown), Unknown(Ready 조건 없음) 중 하나이며, 코든(cordon)된 노드에는 SchedulingDisabled가 붙습니다.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>The node-role.kubernetes.io/ labels, as kubectl shows them.</source>
        <translation>kubectl이 보여 주는 그대로의 node-role.kubernetes.io/ 레이블입니다.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>Time since the node was registered.</source>
        <translation>노드가 등록된 뒤 지난 시간입니다.</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>AGE</translation>
    </message>
    <message>
        <source>The kubelet&apos;s version.</source>
        <translation>kubelet 버전입니다.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>The node&apos;s InternalIP address.</source>
        <translation>노드의 InternalIP 주소입니다.</translation>
    </message>
    <message>
        <source>INTERNAL-IP</source>
        <translation>INTERNAL-IP</translation>
    </message>
    <message>
        <source>The pod range kube-router uses on this node and where it comes from.</source>
        <translation>이 노드에서 kube-router가 사용하는 파드 CIDR 범위와 그 출처입니다.</translation>
    </message>
    <message>
        <source>POD CIDR</source>
        <translation>파드 CIDR</translation>
    </message>
    <message>
        <source>The kube-router pod on this node: status, ready containers, restarts.</source>
        <translation>이 노드의 kube-router 파드입니다: 상태, 준비된 컨테이너 수, 재시작 횟수.</translation>
    </message>
    <message>
        <source>KUBE-ROUTER</source>
        <translation>KUBE-ROUTER</translation>
    </message>
    <message>
        <source>Why the node is not Ready: the Ready condition, its reason and message, and the last heartbeat.</source>
        <translation>노드가 Ready가 아닌 이유입니다: Ready 조건과 그 사유(reason), 메시지, 마지막 하트비트.</translation>
    </message>
    <message>
        <source>WHY NOT READY</source>
        <translation>Ready가 아닌 이유</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready · kube-router %2/%3</source>
        <comment>@info summary</comment>
        <translation>
            <numerusform>노드 %n개 중 %1개 Ready · kube-router %2/%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready · kube-router not installed</source>
        <comment>@info summary</comment>
        <translation>
            <numerusform>노드 %n개 중 %1개 Ready · kube-router 설치 안 됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready</source>
        <comment>@info summary</comment>
        <translation>
            <numerusform>노드 %n개 중 %1개 Ready</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster has no nodes: join at least one node to the cluster.</source>
        <comment>@info problem</comment>
        <translation>클러스터에 노드가 없습니다. 노드를 하나 이상 클러스터에 조인(join)하세요.</translation>
    </message>
    <message>
        <source>kube-router&apos;s DaemonSet has not been read yet: wait for the cluster to answer.</source>
        <comment>@info problem</comment>
        <translation>kube-router의 데몬셋을 아직 읽지 못했습니다. 클러스터가 응답할 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>kube-router&apos;s DaemonSet does not exist: install kube-router.</source>
        <comment>@info problem</comment>
        <translation>kube-router의 데몬셋이 없습니다. kube-router를 설치하세요.</translation>
    </message>
    <message>
        <source>kube-router&apos;s DaemonSet has not acted on its latest change yet (generation %1, observed %2): wait, or check the controller manager.</source>
        <comment>@info problem</comment>
        <translation>kube-router의 데몬셋이 최근 변경을 아직 반영하지 않았습니다(generation %1, observed %2). 기다리거나 컨트롤러 매니저를 확인하세요.</translation>
    </message>
    <message>
        <source>kube-router is not rolled out: %1 of %2 pods ready, %3 up to date. Look at the kube-router pods that are not ready.</source>
        <comment>@info problem</comment>
        <translation>kube-router가 롤아웃되지 않았습니다: 파드 %2개 중 %1개 준비됨, %3개 최신. 준비되지 않은 kube-router 파드를 살펴보세요.</translation>
    </message>
    <message>
        <source>Whether the allowed address pairs of the node&apos;s OpenStack port (found by its InternalIP) let its pod range and the service CIDR through.</source>
        <translation>노드의 OpenStack 포트(InternalIP로 찾음)의 허용 주소 쌍이 노드의 파드 범위와 서비스 CIDR을 통과시키는지 여부입니다.</translation>
    </message>
    <message>
        <source>PAIRS COVER</source>
        <translation>주소 쌍 허용</translation>
    </message>
    <message>
        <source>Warning for %1: %2</source>
        <comment>@info problem</comment>
        <translation>%1 경고: %2</translation>
    </message>
</context>
<context>
    <name>podnet::NodeWaitBox</name>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for every node to be Ready and kube-router to be rolled out…</source>
        <comment>@info</comment>
        <translation>
            <numerusform>모든 노드가 Ready가 되고 kube-router가 롤아웃될 때까지 최대 %n초 동안 기다리는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: all %n node(s) are Ready and kube-router is rolled out.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>완료: 노드 %n개가 모두 Ready이고 kube-router가 롤아웃되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not everything was Ready after %n second(s). Still wrong:</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n초가 지났지만 아직 모두 Ready가 아닙니다. 남은 문제:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <comment>@label:spinbox</comment>
        <translation>최대 대기 시간(&amp;G):</translation>
    </message>
    <message>
        <source> s</source>
        <comment>@item:inbox seconds</comment>
        <translation> 초</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <comment>@action:button</comment>
        <translation>기다리기 중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Wait until all Ready</source>
        <comment>@action:button</comment>
        <translation>모두 Ready가 될 때까지 기다리기(&amp;W)</translation>
    </message>
    <message>
        <source>Waits until every node is Ready and kube-router runs on each of them, or until the time runs out, then says what is still wrong.</source>
        <comment>@info:tooltip</comment>
        <translation>모든 노드가 Ready가 되고 각 노드에서 kube-router가 실행될 때까지, 또는 제한 시간이 다 될 때까지 기다린 뒤 아직 남은 문제를 알려 줍니다.</translation>
    </message>
</context>
<context>
    <name>podnet::OpenStackPage</name>
    <message>
        <source>OpenStack</source>
        <comment>@title</comment>
        <translation>OpenStack</translation>
    </message>
    <message>
        <source>Sign in to the cloud whose ports carry your nodes, so that the wizard can allow pod traffic through them.</source>
        <comment>@title</comment>
        <translation>노드가 연결된 포트가 있는 클라우드에 로그인하세요. 그래야 마법사가 그 포트로 파드 트래픽을 허용할 수 있습니다.</translation>
    </message>
    <message>
        <source>OpenStack drops traffic from addresses a port does not own. The wizard adds the pod CIDR to each node&apos;s port as allowed address pairs; for that it needs credentials for the project that owns the nodes.</source>
        <comment>@info</comment>
        <translation>OpenStack은 포트에 속하지 않은 주소에서 오는 트래픽을 버립니다. 마법사는 각 노드의 포트에 파드 CIDR을 허용 주소 쌍 (allowed address pairs)으로 추가하며, 이를 위해 노드를 소유한 프로젝트의 자격 증명이 필요합니다.</translation>
    </message>
    <message>
        <source>Where are the credentials?</source>
        <comment>@title:group</comment>
        <translation>자격 증명은 어디에 있나요?</translation>
    </message>
    <message>
        <source>Credentials (Keystone v3)</source>
        <comment>@title:group</comment>
        <translation>자격 증명 (Keystone v3)</translation>
    </message>
    <message>
        <source>Remember secrets in t&amp;he keychain</source>
        <comment>@option:check</comment>
        <translation>키체인에 비밀 값 기억(&amp;H)</translation>
    </message>
    <message>
        <source>Saves the password, application credential secret or token in the system&apos;s keychain after a successful test; never in a file.</source>
        <comment>@info:tooltip</comment>
        <translation>연결 시험에 성공하면 비밀번호, 애플리케이션 자격 증명 시크릿 또는 토큰을 키체인 (시스템 비밀번호 저장소)에 저장합니다. 파일에는 절대 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <comment>@label</comment>
        <translation>키체인 상태</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <comment>@action:button</comment>
        <translation>연결 시험(&amp;C)</translation>
    </message>
    <message>
        <source>Signs in to Keystone and asks Neutron for its extensions.</source>
        <comment>@info:tooltip</comment>
        <translation>Keystone에 로그인하고 Neutron에 확장 기능 목록을 요청합니다.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <comment>@label</comment>
        <translation>연결 시험 중</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <comment>@action:button</comment>
        <translation>시험 취소</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <comment>@label</comment>
        <translation>연결 시험 결과</translation>
    </message>
    <message>
        <source>Skip: the allowed address pairs are &amp;already set, or I will set them myself</source>
        <comment>@option:check</comment>
        <translation>건너뛰기: 허용 주소 쌍 (allowed address pairs)이 이미 설정되어 있거나 직접 설정합니다(&amp;A)</translation>
    </message>
</context>
<context>
    <name>podnet::OpenStackSecrets</name>
    <message>
        <source>The imported settings hold no secret; looking in the keychain for the one saved for %1…</source>
        <comment>@info</comment>
        <translation>가져온 설정에 비밀 값이 없습니다. 키체인에서 %1에 저장된 비밀 값을 찾는 중…</translation>
    </message>
    <message>
        <source>✔ The secret for %1 was taken from the keychain.</source>
        <comment>@info</comment>
        <translation>✔ %1의 비밀 값을 키체인에서 가져왔습니다.</translation>
    </message>
    <message>
        <source>The imported settings hold no secret and none is saved in the keychain for %1: enter it above.</source>
        <comment>@info</comment>
        <translation>가져온 설정에 비밀 값이 없고, 키체인에도 %1의 비밀 값이 저장되어 있지 않습니다. 위에 입력하세요.</translation>
    </message>
    <message>
        <source>No keychain is available: the secret is kept in memory only until you close the wizard.</source>
        <comment>@info</comment>
        <translation>사용할 수 있는 키체인 (시스템 비밀번호 저장소)이 없습니다. 비밀 값은 마법사를 닫을 때까지 메모리에만 보관됩니다.</translation>
    </message>
    <message>
        <source>✔ The secret for %1 is saved in the keychain.</source>
        <comment>@info</comment>
        <translation>✔ %1의 비밀 값을 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>The secret for %1 was removed from the keychain.</source>
        <comment>@info</comment>
        <translation>%1의 비밀 값을 키체인에서 지웠습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::PodCidrAnnotationJob</name>
    <message>
        <source>The pod-range plan has problems, so nothing was sent: %1</source>
        <translation>파드 CIDR 범위 변경 계획에 문제가 있어서 아무것도 보내지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The annotations of node %1 changed since the preview (now %2), so they were not overwritten. Preview again and apply the new plan.</source>
        <translation>미리 보기 이후 노드 %1의 어노테이션이 바뀌어서(현재 %2) 덮어쓰지 않았습니다. 다시 미리 보기를 한 뒤 새 변경 계획을 적용하세요.</translation>
    </message>
    <message>
        <source>node/%1 annotated (%2)</source>
        <translation>node/%1 어노테이션 설정됨 (%2)</translation>
    </message>
    <message>
        <source>node/%1 unchanged (%2)</source>
        <translation>node/%1 변경 없음 (%2)</translation>
    </message>
    <message>
        <source>node/%1 skipped: %2</source>
        <translation>node/%1 건너뜀: %2</translation>
    </message>
    <message>
        <source>node/%1 pending</source>
        <translation>node/%1 대기 중</translation>
    </message>
    <message>
        <source>node/%1 failed: %2</source>
        <translation>node/%1 실패: %2</translation>
    </message>
    <message>
        <source>node/%1 not changed: %2</source>
        <translation>node/%1 변경 안 됨: %2</translation>
    </message>
</context>
<context>
    <name>podnet::PodCidrClusterReader</name>
    <message>
        <source>Could not list the nodes: %1</source>
        <translation>노드 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not list kube-router&apos;s pods, so no restart is offered: %1</source>
        <translation>kube-router 파드 목록을 읽을 수 없어서 재시작을 제안하지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>podnet::PodCidrCommandsBox</name>
    <message>
        <source># Nothing to set: no node gets a new pod range.</source>
        <comment>@info shell comment</comment>
        <translation># 설정할 것이 없습니다. 새 파드 범위를 받을 노드가 없습니다.</translation>
    </message>
    <message>
        <source># Give each node its pod range (kube-router reads both annotations):</source>
        <comment>@info shell comment</comment>
        <translation># 각 노드에 파드 범위를 지정합니다(kube-router는 두 어노테이션을 모두 읽습니다):</translation>
    </message>
    <message>
        <source># kube-router reads them only when it starts: restart its pods on these nodes (the DaemonSet starts new ones):</source>
        <comment>@info shell comment</comment>
        <translation># kube-router는 시작할 때만 어노테이션을 읽습니다. 이 노드들에서 kube-router 파드를 재시작하세요(데몬셋이 새 파드를 시작합니다):</translation>
    </message>
    <message>
        <source># The plan has problems; correct them before running these.</source>
        <comment>@info shell comment</comment>
        <translation># 변경 계획에 문제가 있습니다. 아래 명령을 실행하기 전에 문제를 고치세요.</translation>
    </message>
    <message>
        <source>Show co&amp;mmands</source>
        <comment>@option:check</comment>
        <translation>명령 보기(&amp;M)</translation>
    </message>
    <message>
        <source>Show the equivalent kubectl commands</source>
        <comment>@option:check</comment>
        <translation>같은 작업을 하는 kubectl 명령 보기</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <comment>@action:button</comment>
        <translation>명령 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the kubectl commands</source>
        <comment>@action:button</comment>
        <translation>kubectl 명령 복사</translation>
    </message>
    <message>
        <source>kubectl commands</source>
        <comment>@label</comment>
        <translation>kubectl 명령</translation>
    </message>
</context>
<context>
    <name>podnet::PodCidrPatchJob</name>
    <message>
        <source>The Kubernetes API server refused to change the node (HTTP 403): the kubeconfig&apos;s user may not &quot;patch&quot; &quot;nodes&quot;, a cluster-wide permission. Use a cluster-admin context, or have a ClusterRole with the rule resources: [nodes], verbs: [patch] bound to the user. Nothing else was changed.</source>
        <translation>Kubernetes API 서버가 노드 변경을 거부했습니다(HTTP 403). kubeconfig의 사용자에게 클러스터 전체 권한인 &quot;nodes&quot;에 대한 &quot;patch&quot; 권한이 없습니다. cluster-admin 컨텍스트를 사용하거나, resources: [nodes], verbs: [patch] 규칙이 있는 클러스터롤을 사용자에게 바인딩하세요. 다른 것은 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) changed, %1 unchanged, %2 not changed because of a problem</source>
        <translation>
            <numerusform>노드 %n개 변경됨, %1개 변경 없음, %2개 문제로 변경 안 됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before this node was changed.</source>
        <translation>이 노드를 변경하기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Node %1 already holds these values.</source>
        <translation>노드 %1에 이미 이 값이 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>Not tried: the server refused an earlier node for lack of permission.</source>
        <translation>시도하지 않음: 앞선 노드에서 서버가 권한 부족으로 변경을 거부했습니다.</translation>
    </message>
    <message>
        <source>Node %1 kept changing while its annotations were being set. Try again.</source>
        <translation>어노테이션을 설정하는 동안 노드 %1이(가) 계속 바뀌었습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Node %1 no longer exists; nothing was changed there.</source>
        <translation>노드 %1이(가) 더 이상 없으므로 그 노드에서는 아무것도 바꾸지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::PodCidrStatusBar</name>
    <message>
        <source>Reading the cluster</source>
        <comment>@info:status</comment>
        <translation>클러스터를 읽는 중</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Read a&amp;gain</source>
        <comment>@action:button</comment>
        <translation>다시 읽기(&amp;G)</translation>
    </message>
    <message>
        <source>Read the nodes again</source>
        <comment>@action:button</comment>
        <translation>노드 다시 읽기</translation>
    </message>
</context>
<context>
    <name>podnet::PodCidrTableModel</name>
    <message>
        <source>(keeps its range)</source>
        <comment>@item:intable</comment>
        <translation>(기존 범위 유지)</translation>
    </message>
    <message>
        <source>+ set</source>
        <comment>@item:intable action</comment>
        <translation>+ 설정</translation>
    </message>
    <message>
        <source>+ set (suggested)</source>
        <comment>@item:intable action</comment>
        <translation>+ 설정 (제안값)</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <comment>@item:intable action</comment>
        <translation>= 변경 없음</translation>
    </message>
    <message>
        <source>skip</source>
        <comment>@item:intable action</comment>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>✖ invalid</source>
        <comment>@item:intable action</comment>
        <translation>✖ 올바르지 않음</translation>
    </message>
    <message>
        <source>Type a pod range in CIDR notation (Enter or F2 to edit). Clear the cell to go back to the suggestion.</source>
        <comment>@info:tooltip</comment>
        <translation>파드 범위를 CIDR 표기로 입력하세요(편집하려면 Enter 또는 F2). 제안값으로 돌아가려면 칸을 비우세요.</translation>
    </message>
    <message>
        <source>%1

Technical details:
%2</source>
        <comment>@info:tooltip</comment>
        <translation>%1

기술 세부 정보:
%2</translation>
    </message>
    <message>
        <source>Node</source>
        <comment>@title:column</comment>
        <translation>노드</translation>
    </message>
    <message>
        <source>Current pod range</source>
        <comment>@title:column</comment>
        <translation>현재 파드 범위</translation>
    </message>
    <message>
        <source>Pod range to set</source>
        <comment>@title:column</comment>
        <translation>설정할 파드 범위</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>@title:column</comment>
        <translation>작업</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title:column</comment>
        <translation>결과</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>@title:column</comment>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>podnet::PodCidrUndoJob</name>
    <message>
        <source>The annotations of node %1 changed after run %2 set them (now %3), so they are left as they are. Change them by hand if they should go.</source>
        <translation>실행 %2에서 설정한 뒤 노드 %1의 어노테이션이 바뀌어서(현재 %3) 그대로 둡니다. 지워야 한다면 직접 바꾸세요.</translation>
    </message>
    <message>
        <source>node/%1 annotations removed</source>
        <translation>node/%1 어노테이션 제거됨</translation>
    </message>
    <message>
        <source>node/%1 annotations restored (%2)</source>
        <translation>node/%1 어노테이션 복원됨 (%2)</translation>
    </message>
    <message>
        <source>node/%1 unchanged: %2</source>
        <translation>node/%1 변경 없음: %2</translation>
    </message>
    <message>
        <source>node/%1 skipped: %2</source>
        <translation>node/%1 건너뜀: %2</translation>
    </message>
    <message>
        <source>node/%1 pending</source>
        <translation>node/%1 대기 중</translation>
    </message>
    <message>
        <source>node/%1 failed: %2</source>
        <translation>node/%1 실패: %2</translation>
    </message>
    <message>
        <source>node/%1 not changed: %2</source>
        <translation>node/%1 변경 안 됨: %2</translation>
    </message>
</context>
<context>
    <name>podnet::PodNetWizard</name>
    <message>
        <source>PodNet Wizard</source>
        <translation>PodNet 마법사</translation>
    </message>
    <message>
        <source>A run is going on</source>
        <translation>실행이 진행 중입니다</translation>
    </message>
    <message>
        <source>The wizard is changing your cloud and cluster right now. Stop after the changes under way and close? Everything done so far is journaled: start the wizard again to resume or undo it.</source>
        <translation>마법사가 지금 클라우드와 클러스터를 변경하고 있습니다. 진행 중인 변경이 끝나면 멈추고 닫을까요? 지금까지 한 작업은 모두 저널에 기록되어 있으므로, 마법사를 다시 시작하면 이어서 진행하거나 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>멈추고 닫기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>계속 실행(&amp;K)</translation>
    </message>
</context>
<context>
    <name>podnet::PodRangePanel</name>
    <message>
        <source>&amp;Use %1 for %2</source>
        <comment>@action:button</comment>
        <translation>%2에 %1 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Use the network %1 as the pod range of node %2</source>
        <comment>@action:button</comment>
        <translation>네트워크 %1을(를) 노드 %2의 파드 CIDR 범위로 사용</translation>
    </message>
    <message>
        <source>ℹ There is no connection to a Kubernetes cluster, so no pod ranges are set.</source>
        <translation>ℹ Kubernetes 클러스터에 연결되어 있지 않으므로 파드 범위를 설정하지 않습니다.</translation>
    </message>
    <message>
        <source>⏳ Reading the nodes and kube-router&apos;s pods…</source>
        <translation>⏳ 노드와 kube-router 파드를 읽는 중…</translation>
    </message>
    <message>
        <source>✖ %1 Press Read again to retry; what you typed is kept.</source>
        <translation>✖ %1 다시 시도하려면 [다시 읽기]를 누르세요. 입력한 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>The cluster has no nodes yet, so no pod range is set.</source>
        <translation>클러스터에 아직 노드가 없으므로 파드 범위를 설정하지 않습니다.</translation>
    </message>
    <message>
        <source>✔ Every node already has a pod range; nothing is set. Type a range in the table to change one.</source>
        <translation>✔ 모든 노드에 이미 파드 범위가 있으므로 아무것도 설정하지 않습니다. 범위를 바꾸려면 표에 입력하세요.</translation>
    </message>
    <message>
        <source>Nodes without a pod range make kube-router crash-loop. Check the suggested ranges (type your own in the table); they are set when you apply.</source>
        <translation>파드 범위가 없는 노드에서는 kube-router가 재시작을 반복(crash-loop)합니다. 제안된 범위를 확인하세요(표에 직접 입력할 수도 있습니다). 적용할 때 설정됩니다.</translation>
    </message>
    <message>
        <source>&amp;Pod range of each node (Enter edits the selected row):</source>
        <comment>@label</comment>
        <translation>노드별 파드 CIDR 범위(&amp;P) (Enter 키로 선택한 행 편집):</translation>
    </message>
    <message>
        <source>Nodes and their pod ranges</source>
        <comment>@label</comment>
        <translation>노드와 노드별 파드 CIDR 범위</translation>
    </message>
    <message>
        <source>Pod range totals</source>
        <comment>@label</comment>
        <translation>파드 범위 합계</translation>
    </message>
</context>
<context>
    <name>podnet::PortApplyJob</name>
    <message>
        <source>Not changed: the run was cancelled before this port&apos;s turn.</source>
        <translation>변경 안 됨: 이 포트의 차례가 오기 전에 실행이 중단되었습니다.</translation>
    </message>
    <message>
        <source>Not changed: the run was cancelled while waiting to try again.</source>
        <translation>변경 안 됨: 다시 시도하려고 기다리는 동안 실행이 중단되었습니다.</translation>
    </message>
    <message>
        <source>Not changed: the run was cancelled before this port&apos;s change was sent.</source>
        <translation>변경 안 됨: 이 포트의 변경 요청을 보내기 전에 실행이 중단되었습니다.</translation>
    </message>
    <message>
        <source>Not changed: the port changed meanwhile and the run was cancelled.</source>
        <translation>변경 안 됨: 그사이에 포트가 바뀌었고 실행이 중단되었습니다.</translation>
    </message>
    <message>
        <source>The port kept changing while this run tried to update it (%1 times). Check who else changes it, then run again.</source>
        <translation>이번 실행이 포트를 수정하는 동안 포트가 계속 바뀌었습니다(%1회). 누가 이 포트를 바꾸는지 확인한 뒤 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Could not find out whether the change reached port %1: %2 Check the port and run again (a rerun only adds what is missing).</source>
        <translation>변경이 포트 %1에 반영되었는지 알 수 없습니다: %2 포트를 확인하고 다시 실행하세요(다시 실행하면 빠진 것만 추가합니다).</translation>
    </message>
    <message>
        <source>Not changed: the run was cancelled.</source>
        <translation>변경 안 됨: 실행이 중단되었습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::PortErrorPanel</name>
    <message>
        <source>✗ %1</source>
        <comment>@info error with symbol</comment>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <comment>@action:button</comment>
        <translation>자세히(&amp;D)</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <comment>@action:button</comment>
        <translation>기술 세부 정보 보기</translation>
    </message>
    <message>
        <source>Technical details</source>
        <comment>@label</comment>
        <translation>기술 세부 정보</translation>
    </message>
</context>
<context>
    <name>podnet::PortPlanModel</name>
    <message numerus="yes">
        <source>%n port(s) to change</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>변경할 포트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to remove</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>제거할 쌍 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already without them</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>이미 쌍이 없는 포트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to add</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>추가할 쌍 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>이미 완료 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>건너뜀 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <comment>@info totals</comment>
        <translation>
            <numerusform>진행 불가 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>… Waiting</source>
        <comment>@item apply state</comment>
        <translation>… 대기 중</translation>
    </message>
    <message>
        <source>⟳ Working</source>
        <comment>@item apply state</comment>
        <translation>⟳ 작업 중</translation>
    </message>
    <message>
        <source>✓ Changed</source>
        <comment>@item apply state</comment>
        <translation>✓ 변경됨</translation>
    </message>
    <message>
        <source>= Already complete</source>
        <comment>@item apply state</comment>
        <translation>= 이미 완료</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <comment>@item apply state</comment>
        <translation>– 건너뜀</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <comment>@item apply state</comment>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>○ Not changed (cancelled)</source>
        <comment>@item apply state</comment>
        <translation>○ 변경 안 함 (취소됨)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <comment>@item server</comment>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item port name (short id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>@item address pairs</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Pairs to remove</source>
        <comment>@item plan status</comment>
        <translation>쌍 제거 예정</translation>
    </message>
    <message>
        <source>Pairs to add</source>
        <comment>@item plan status</comment>
        <translation>쌍 추가 예정</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <comment>@item plan status</comment>
        <translation>제거할 쌍 없음</translation>
    </message>
    <message>
        <source>Already complete</source>
        <comment>@item plan status</comment>
        <translation>이미 완료</translation>
    </message>
    <message>
        <source>Port id: %1</source>
        <comment>@info:tooltip</comment>
        <translation>포트 ID: %1</translation>
    </message>
    <message>
        <source>Select server %1</source>
        <comment>@info accessible</comment>
        <translation>서버 %1 선택</translation>
    </message>
    <message>
        <source>Selected</source>
        <comment>@title:column</comment>
        <translation>선택</translation>
    </message>
    <message>
        <source>Plan symbol</source>
        <comment>@title:column</comment>
        <translation>계획 기호</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>@title:column</comment>
        <translation>서버</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>@title:column</comment>
        <translation>포트</translation>
    </message>
    <message>
        <source>Fixed IPs</source>
        <comment>@title:column</comment>
        <translation>고정 IP</translation>
    </message>
    <message>
        <source>Pairs now</source>
        <comment>@title:column</comment>
        <translation>현재 쌍</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>@title:column</comment>
        <translation>변경</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@title:column</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title:column</comment>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>podnet::PortPlanPanel</name>
    <message>
        <source>Reading the project&apos;s ports and servers…</source>
        <comment>@info:status</comment>
        <translation>프로젝트의 포트와 서버를 읽는 중…</translation>
    </message>
    <message>
        <source>The ports could not be read: %1 Check the connection on the OpenStack page, then click Refresh.</source>
        <translation>포트를 읽을 수 없습니다: %1 OpenStack 페이지에서 연결을 확인한 뒤 [새로 고침]을 누르세요.</translation>
    </message>
    <message>
        <source>The cluster or service CIDR is not valid. Go back to the network page and correct it.</source>
        <translation>클러스터 CIDR 또는 서비스 CIDR이 올바르지 않습니다. 네트워크 페이지로 돌아가서 고치세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) read from the project.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>프로젝트에서 포트 %n개를 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source># Nothing to change: no command to run.</source>
        <comment>@info shell comment</comment>
        <translation># 변경할 내용이 없으므로 실행할 명령이 없습니다.</translation>
    </message>
    <message>
        <source>Neutron drops packets from addresses it does not know. The tutorial adds the cluster CIDR and the service CIDR as allowed address pairs on every compute port. Here is what that would change, read from the live ports; nothing is changed yet.</source>
        <translation>Neutron은 모르는 주소에서 온 패킷을 버립니다. 실습에서는 모든 컴퓨트 포트에 클러스터 CIDR과 서비스 CIDR을 허용 주소 쌍(allowed address pairs)으로 추가합니다. 아래는 현재 포트 상태를 읽어서 계산한 변경 내용이며, 아직 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Servers</source>
        <comment>@title:group</comment>
        <translation>서버</translation>
    </message>
    <message>
        <source>&amp;All compute ports (like the tutorial)</source>
        <comment>@option:radio</comment>
        <translation>모든 컴퓨트 포트(&amp;A) (실습과 같음)</translation>
    </message>
    <message>
        <source>All compute ports</source>
        <comment>@option:radio</comment>
        <translation>모든 컴퓨트 포트</translation>
    </message>
    <message>
        <source>Servers &amp;matching:</source>
        <comment>@option:radio</comment>
        <translation>이름이 일치하는 서버(&amp;M):</translation>
    </message>
    <message>
        <source>Servers matching a name pattern</source>
        <comment>@option:radio</comment>
        <translation>이름 패턴과 일치하는 서버</translation>
    </message>
    <message>
        <source>worker-*  (* and ? match any text, one character)</source>
        <translation>worker-*  (*는 임의의 문자열, ?는 임의의 한 글자)</translation>
    </message>
    <message>
        <source>Server name pattern</source>
        <comment>@label</comment>
        <translation>서버 이름 패턴</translation>
    </message>
    <message>
        <source>&amp;Ticked rows only</source>
        <comment>@option:radio</comment>
        <translation>체크한 행만(&amp;T)</translation>
    </message>
    <message>
        <source>Ticked servers only</source>
        <comment>@option:radio</comment>
        <translation>체크한 서버만</translation>
    </message>
    <message>
        <source>Reading ports</source>
        <comment>@info:status</comment>
        <translation>포트 읽는 중</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <comment>@action:button</comment>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Read the ports again</source>
        <comment>@action:button</comment>
        <translation>포트 다시 읽기</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <comment>@label:listbox</comment>
        <translation>표시(&amp;H):</translation>
    </message>
    <message>
        <source>All ports</source>
        <comment>@item:inlistbox filter</comment>
        <translation>모든 포트</translation>
    </message>
    <message>
        <source>+ Changes</source>
        <comment>@item:inlistbox filter</comment>
        <translation>+ 변경</translation>
    </message>
    <message>
        <source>= Complete</source>
        <comment>@item:inlistbox filter</comment>
        <translation>= 이미 완료</translation>
    </message>
    <message>
        <source>skip Skipped</source>
        <comment>@item:inlistbox filter</comment>
        <translation>skip 건너뜀</translation>
    </message>
    <message>
        <source>! Problems</source>
        <comment>@item:inlistbox filter</comment>
        <translation>! 문제</translation>
    </message>
    <message>
        <source>Not selected</source>
        <comment>@item:inlistbox filter</comment>
        <translation>선택 안 됨</translation>
    </message>
    <message>
        <source>Show ports</source>
        <comment>@label:listbox</comment>
        <translation>표시할 포트</translation>
    </message>
    <message>
        <source>Ser&amp;ver name:</source>
        <comment>@label:textbox</comment>
        <translation>서버 이름(&amp;V):</translation>
    </message>
    <message>
        <source>filter by server name</source>
        <comment>@info:placeholder</comment>
        <translation>서버 이름으로 거르기</translation>
    </message>
    <message>
        <source>Filter by server name</source>
        <comment>@label:textbox</comment>
        <translation>서버 이름 필터</translation>
    </message>
    <message>
        <source>Port plan</source>
        <comment>@label</comment>
        <translation>포트 변경 계획</translation>
    </message>
    <message>
        <source>Plan totals</source>
        <comment>@label</comment>
        <translation>변경 계획 합계</translation>
    </message>
    <message>
        <source>Show &amp;commands</source>
        <comment>@option:check</comment>
        <translation>명령 보기(&amp;C)</translation>
    </message>
    <message>
        <source>Show the equivalent openstack commands</source>
        <translation>같은 작업을 하는 openstack 명령 보기</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <comment>@action:button</comment>
        <translation>복사(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the commands</source>
        <comment>@action:button</comment>
        <translation>명령 복사</translation>
    </message>
    <message>
        <source>Equivalent openstack commands</source>
        <comment>@label</comment>
        <translation>같은 작업을 하는 openstack 명령</translation>
    </message>
</context>
<context>
    <name>podnet::PortsCommand</name>
    <message>
        <source>Standard input is not a terminal, so nobody can confirm the changes. Check them with &quot;podnet-wizard ports plan&quot;, then add --yes.</source>
        <translation>표준 입력이 터미널이 아니어서 변경을 확인받을 수 없습니다. &quot;podnet-wizard ports plan&quot;으로 변경 사항을 확인한 뒤 --yes를 덧붙이세요.</translation>
    </message>
    <message>
        <source>Cannot read the journal of run %1. See the runs with &quot;podnet-wizard ports runs&quot;.</source>
        <translation>실행 %1의 저널을 읽을 수 없습니다. &quot;podnet-wizard ports runs&quot;로 실행 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>Run %1 was itself an undo. Choose an apply run from &quot;podnet-wizard ports runs&quot;.</source>
        <translation>실행 %1은(는) 그 자체가 되돌리기였습니다. &quot;podnet-wizard ports runs&quot;에서 적용 실행을 고르세요.</translation>
    </message>
    <message>
        <source>Undoing run %1 of %2, the most recent finished apply. Choose another with --journal ID (see &quot;podnet-wizard ports runs&quot;).</source>
        <translation>가장 최근에 끝난 적용인 %2의 실행 %1을(를) 되돌립니다. 다른 실행을 고르려면 --journal ID를 쓰세요(&quot;podnet-wizard ports runs&quot; 참고).</translation>
    </message>
    <message>
        <source>There is no finished apply run to undo in %1. Give one with --journal ID (see &quot;podnet-wizard ports runs&quot;).</source>
        <translation>%1에 되돌릴 수 있는 끝난 적용 실행이 없습니다. --journal ID로 실행을 지정하세요(&quot;podnet-wizard ports runs&quot; 참고).</translation>
    </message>
    <message>
        <source>podnet-wizard: warning: %1</source>
        <translation>podnet-wizard: 경고: %1</translation>
    </message>
    <message>
        <source>%1 has no password for %2. Put it in secure.yaml, set OS_PASSWORD (with --openrc), or run the command on a terminal to be asked for it.</source>
        <translation>%1에 %2의 비밀번호가 없습니다. 비밀번호를 secure.yaml에 넣거나, (--openrc와 함께) OS_PASSWORD를 설정하거나, 터미널에서 명령을 실행해 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>No password was given; nothing was changed.</source>
        <translation>비밀번호를 입력하지 않았습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1의 비밀번호: </translation>
    </message>
    <message>
        <source>Secret for %1: </source>
        <translation>%1의 시크릿: </translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>%1에 로그인하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Reading the ports from Neutron failed: %1</source>
        <translation>Neutron에서 포트를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The same changes with the openstack client:
%1</source>
        <translation>openstack 클라이언트로 같은 변경을 하려면:
%1</translation>
    </message>
    <message>
        <source>Nothing to undo: the pairs run %1 added are no longer there.</source>
        <translation>되돌릴 것이 없습니다. 실행 %1에서 추가한 주소 쌍이 이미 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to do: every selected port already has both pairs.</source>
        <translation>할 일이 없습니다. 선택한 모든 포트에 두 주소 쌍이 이미 있습니다.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Undo these changes? [y/N] </source>
        <translation>이 변경을 되돌릴까요? [y/N] </translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>이 변경을 적용할까요? [y/N] </translation>
    </message>
    <message>
        <source>%1 Nothing was changed: every change must be journaled so it can be undone.</source>
        <translation>%1 아무것도 바꾸지 않았습니다. 되돌릴 수 있도록 모든 변경은 저널에 남아야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n port(s), %1 at a time. Ctrl-C stops starting new changes.</source>
        <translation>
            <numerusform>포트 %n개를 한 번에 %1개씩 변경합니다. Ctrl-C를 누르면 새 변경을 더 시작하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>podnet-wizard: interrupted: starting no new changes and waiting for those already sent. Press Ctrl-C again to quit at once (the journal keeps what landed).</source>
        <translation>podnet-wizard: 중단됨: 새 변경은 시작하지 않고 이미 보낸 변경을 기다립니다. 바로 끝내려면 Ctrl-C를 한 번 더 누르세요(반영된 변경은 저널에 남습니다).</translation>
    </message>
    <message>
        <source>podnet-wizard: interrupted: nothing was changed.</source>
        <translation>podnet-wizard: 중단됨: 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>podnet-wizard: error: %1</source>
        <translation>podnet-wizard: 오류: %1</translation>
    </message>
</context>
<context>
    <name>podnet::PreflightCheck</name>
    <message>
        <source>An earlier kube-router installation could not be checked</source>
        <translation>이전 kube-router 설치를 점검할 수 없음</translation>
    </message>
    <message>
        <source>kube-proxy could not be checked</source>
        <translation>kube-proxy를 점검할 수 없음</translation>
    </message>
    <message>
        <source>%1 Run the checks again once this is fixed.</source>
        <translation>%1 이 문제를 해결한 뒤 점검을 다시 실행하세요.</translation>
    </message>
</context>
<context>
    <name>podnet::PreflightPage</name>
    <message>
        <source>✔ OK</source>
        <comment>@item preflight severity</comment>
        <translation>✔ 정상</translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <comment>@item preflight severity</comment>
        <translation>ℹ 참고</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <comment>@item preflight severity</comment>
        <translation>⚠ 경고</translation>
    </message>
    <message>
        <source>✖ Problem</source>
        <comment>@item preflight severity</comment>
        <translation>✖ 문제</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item severity: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ Important: kube-router is already installed with another API server address, and applying does not change what the nodes already have. After applying, run the commands shown for &quot;%1&quot; on every node, in order.</source>
        <translation>⚠ 중요: kube-router가 이미 다른 API 서버 주소로 설치되어 있으며, 적용해도 노드에 이미 있는 설정은 바뀌지 않습니다. 적용한 뒤 &quot;%1&quot; 항목에 표시된 명령을 모든 노드에서 순서대로 실행하세요.</translation>
    </message>
    <message>
        <source>No commands needed for this item.</source>
        <translation>이 항목에는 실행할 명령이 없습니다.</translation>
    </message>
    <message>
        <source>ℹ These checks need a connection to the Kubernetes cluster, and the connection step was skipped. You can continue; to run them, go back and connect to the cluster.</source>
        <translation>ℹ 이 점검에는 Kubernetes 클러스터 연결이 필요한데, 연결 단계를 건너뛰었습니다. 그대로 계속할 수 있습니다. 점검하려면 이전 단계로 돌아가 클러스터에 연결하세요.</translation>
    </message>
    <message>
        <source>⏳ Checking the cluster…</source>
        <translation>⏳ 클러스터를 점검하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>정상 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>점검 완료: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Fix the problems and press Re-check, or tick &quot;continue anyway&quot; if you will fix them later (for example by annotating the nodes).</source>
        <translation>문제를 해결한 뒤 [다시 점검]을 누르세요. 나중에 해결할 생각이라면(예: 노드에 어노테이션 추가) &quot;그대로 계속&quot;을 선택하세요.</translation>
    </message>
    <message>
        <source>✔ Commands copied to the clipboard.</source>
        <translation>✔ 명령을 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <comment>@title</comment>
        <translation>사전 점검</translation>
    </message>
    <message>
        <source>A checklist before installing. Each item explains itself and says what to do.</source>
        <translation>설치하기 전에 확인할 항목입니다. 항목마다 무슨 뜻인지, 무엇을 해야 하는지 설명합니다.</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>점검 결과(&amp;F):</translation>
    </message>
    <message>
        <source>Pre-flight findings</source>
        <translation>사전 점검 결과</translation>
    </message>
    <message>
        <source>What the selected finding means</source>
        <translation>선택한 점검 결과의 의미</translation>
    </message>
    <message>
        <source>Pre-flight status</source>
        <translation>사전 점검 상태</translation>
    </message>
    <message>
        <source>Important note</source>
        <translation>중요 안내</translation>
    </message>
    <message>
        <source>Co&amp;mmands:</source>
        <translation>명령(&amp;M):</translation>
    </message>
    <message>
        <source>Commands for the selected finding</source>
        <translation>선택한 점검 결과에 대한 명령</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>@action:button</comment>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the commands</source>
        <translation>명령 복사</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>명령을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <comment>@action:button</comment>
        <translation>다시 점검(&amp;R)</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>점검을 다시 실행합니다</translation>
    </message>
    <message>
        <source>I &amp;understand; continue anyway</source>
        <translation>이해했습니다. 그대로 계속합니다(&amp;U)</translation>
    </message>
    <message>
        <source>Continue despite the problems</source>
        <translation>문제가 있어도 계속 진행</translation>
    </message>
</context>
<context>
    <name>podnet::ProfileCommand</name>
    <message numerus="yes">
        <source>The profile %1 has %n error(s); nothing was changed. Fix the lines above (the keys are described in docs/profile.md).</source>
        <translation>
            <numerusform>프로필 %1에 오류가 %n개 있습니다. 아무것도 바꾸지 않았습니다. 위의 줄을 고치세요(키 설명은 docs/profile.md에 있습니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so nobody can confirm the changes. Check them with &quot;podnet-wizard plan --profile %1&quot;, then add --yes.</source>
        <translation>표준 입력이 터미널이 아니어서 변경을 확인받을 수 없습니다. &quot;podnet-wizard plan --profile %1&quot;로 변경 사항을 확인한 뒤 --yes를 덧붙이세요.</translation>
    </message>
    <message>
        <source>podnet-wizard: warning: %1</source>
        <translation>podnet-wizard: 경고: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix what is listed above, then run the command again.</source>
        <translation>아무것도 바꾸지 않았습니다. 위에 나열된 문제를 고친 뒤 명령을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>이 변경을 적용할까요? [y/N] </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done: every node is Ready.</source>
        <translation>완료: 모든 노드가 Ready입니다.</translation>
    </message>
    <message>
        <source>Another tool owns some of kube-router&apos;s fields. Check with &quot;podnet-wizard k8s diff&quot;, then take them over with &quot;podnet-wizard k8s apply --force-conflicts&quot;.</source>
        <translation>다른 도구가 kube-router의 일부 필드를 소유하고 있습니다. &quot;podnet-wizard k8s diff&quot;로 확인한 뒤 &quot;podnet-wizard k8s apply --force-conflicts&quot;로 넘겨받으세요.</translation>
    </message>
    <message>
        <source>The run stopped. Running the same command again resumes: what is done is not sent again.</source>
        <translation>실행이 멈췄습니다. 같은 명령을 다시 실행하면 이어서 진행하며, 이미 끝난 변경은 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>podnet-wizard: interrupted: starting no new changes and waiting for those already sent.</source>
        <translation>podnet-wizard: 중단됨: 새 변경은 시작하지 않고 이미 보낸 변경을 기다립니다.</translation>
    </message>
    <message>
        <source>podnet-wizard: interrupted: nothing was changed.</source>
        <translation>podnet-wizard: 중단됨: 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>podnet-wizard: error: %1</source>
        <translation>podnet-wizard: 오류: %1</translation>
    </message>
</context>
<context>
    <name>podnet::ProfileConnector</name>
    <message>
        <source>podnet-wizard: error: %1</source>
        <translation>podnet-wizard: 오류: %1</translation>
    </message>
    <message>
        <source>podnet-wizard: warning: %1</source>
        <translation>podnet-wizard: 경고: %1</translation>
    </message>
    <message>
        <source>The profile skips both OpenStack and Kubernetes, so there is nothing to do. Remove one of the &quot;skip&quot; lines.</source>
        <translation>프로필이 OpenStack과 Kubernetes를 모두 건너뛰므로 할 일이 없습니다. &quot;skip&quot; 줄 중 하나를 지우세요.</translation>
    </message>
    <message>
        <source>The kubeconfig (%1) has no context &quot;%2&quot;. Name one of these as &quot;context&quot; in the profile: %3.</source>
        <translation>kubeconfig(%1)에 &quot;%2&quot; 컨텍스트가 없습니다. 프로필의 &quot;context&quot;에 다음 중 하나를 지정하세요: %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>podnet-wizard: note: the profile has no network.api_server_url, so kube-router gets the kubeconfig&apos;s server %1. If the nodes reach the API server at another address, put it in the profile.</source>
        <translation>podnet-wizard: 참고: 프로필에 network.api_server_url이 없어 kube-router에 kubeconfig의 서버 주소 %1을(를) 설정합니다. 노드가 다른 주소로 API 서버에 접속한다면 그 주소를 프로필에 적으세요.</translation>
    </message>
    <message>
        <source>%1 has no password for %2. Put it in secure.yaml or set OS_PASSWORD, or run the command on a terminal to be asked for it.</source>
        <translation>%1에 %2의 비밀번호가 없습니다. secure.yaml에 넣거나 OS_PASSWORD를 설정하세요. 또는 터미널에서 명령을 실행하면 비밀번호를 물어봅니다.</translation>
    </message>
    <message>
        <source>No password was given; nothing was changed.</source>
        <translation>비밀번호를 입력하지 않았습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1의 비밀번호: </translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>%1에 로그인하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not connect to the cluster at %1. Check the profile&apos;s kubernetes section and try podnet-wizard k8s check.</source>
        <translation>%1의 클러스터에 연결할 수 없습니다. 프로필의 kubernetes 섹션을 확인하고 podnet-wizard k8s check를 실행해 보세요.</translation>
    </message>
    <message>
        <source>To work without the network, write &quot;template: builtin&quot; in the profile&apos;s manifest section.</source>
        <translation>네트워크 없이 작업하려면 프로필의 manifest 섹션에 &quot;template: builtin&quot;을 적으세요.</translation>
    </message>
    <message>
        <source>template line %1: %2</source>
        <translation>템플릿 %1번째 줄: %2</translation>
    </message>
</context>
<context>
    <name>podnet::RenderCommand</name>
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
        <source>Write the manifest to this file (atomically) instead of standard output.</source>
        <translation>매니페스트를 표준 출력 대신 이 파일에 씁니다(원자적 쓰기).</translation>
    </message>
    <message>
        <source>See podnet-wizard render --help.</source>
        <translation>podnet-wizard render --help를 참고하세요.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See podnet-wizard render --help.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다. podnet-wizard render --help를 참고하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n object(s) to %1.</source>
        <translation>
            <numerusform>오브젝트 %n개를 %1에 썼습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::RenderedManifestPanel</name>
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
        <source>✔ Copied to the clipboard</source>
        <translation>✔ 클립보드에 복사했습니다</translation>
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
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the manifest to the clipboard, for example to paste it into kubectl apply -f -</source>
        <translation>매니페스트를 클립보드에 복사합니다. 예를 들어 kubectl apply -f -에 붙여 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>The tutorial&apos;s command for this manifest: %1</source>
        <translation>이 매니페스트를 만드는 실습의 명령: %1</translation>
    </message>
</context>
<context>
    <name>podnet::RolloutWatch</name>
    <message>
        <source>The DaemonSet %1 no longer exists, so there is no rollout to follow. Apply the manifest again.</source>
        <translation>데몬셋 %1이(가) 더 이상 없어서 지켜볼 롤아웃이 없습니다. 매니페스트를 다시 적용하세요.</translation>
    </message>
    <message>
        <source>DaemonSet %1 rolled out: %2 of %3 pods are up to date and ready.</source>
        <translation>데몬셋 %1 롤아웃 완료: 파드 %3개 중 %2개가 최신 상태이며 준비되었습니다.</translation>
    </message>
    <message>
        <source>DaemonSet %1 could not be read before the time ran out. Check the connection to the cluster and follow it with: kubectl -n kube-system rollout status daemonset/%1</source>
        <translation>제한 시간 안에 데몬셋 %1을(를) 읽을 수 없었습니다. 클러스터 연결을 확인하고 다음 명령으로 지켜보세요: kubectl -n kube-system rollout status daemonset/%1</translation>
    </message>
    <message>
        <source>DaemonSet %1 has not finished rolling out: %2 pods wanted, %3 up to date, %4 ready. Look at the pods that are not ready: kubectl -n kube-system get pods -l k8s-app=kube-router -o wide, then kubectl -n kube-system logs on them.</source>
        <translation>데몬셋 %1의 롤아웃이 끝나지 않았습니다: 필요한 파드 %2개, 최신 %3개, 준비됨 %4개. 준비되지 않은 파드를 살펴보세요: kubectl -n kube-system get pods -l k8s-app=kube-router -o wide로 찾은 뒤, 그 파드에 kubectl -n kube-system logs를 실행하세요.</translation>
    </message>
    <message>
        <source>DaemonSet %1: %2 pods wanted, %3 up to date, %4 ready.</source>
        <translation>데몬셋 %1: 필요한 파드 %2개, 최신 %3개, 준비됨 %4개.</translation>
    </message>
</context>
<context>
    <name>podnet::SecretJob</name>
    <message>
        <source>No secret is saved in the keychain for %1. Enter it.</source>
        <translation>키체인에 %1의 비밀 값이 저장되어 있지 않습니다. 직접 입력하세요.</translation>
    </message>
    <message>
        <source>No secret was saved in the keychain for %1; there is nothing to remove.</source>
        <translation>키체인에 %1의 비밀 값이 저장되어 있지 않으므로 지울 것이 없습니다.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service or KWallet) is available, so the secret is kept in memory only and must be entered again next time. Start your desktop&apos;s keyring to have it remembered.</source>
        <translation>사용할 수 있는 키체인(Secret Service 또는 KWallet)이 없어서 비밀 값을 메모리에만 보관하며, 다음에 다시 입력해야 합니다. 비밀 값을 기억하게 하려면 데스크톱의 키링을 실행하세요.</translation>
    </message>
    <message>
        <source>The keychain did not save the secret for %1; it is kept in memory only. Unlock the keychain and try again.</source>
        <translation>키체인이 %1의 비밀 값을 저장하지 않아 메모리에만 보관합니다. 키체인의 잠금을 해제하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The keychain did not give out the secret for %1. Unlock the keychain and try again, or enter the secret.</source>
        <translation>키체인이 %1의 비밀 값을 내주지 않았습니다. 키체인의 잠금을 해제하고 다시 시도하거나, 비밀 값을 직접 입력하세요.</translation>
    </message>
    <message>
        <source>The keychain did not remove the secret for %1. Remove it with your keychain application (service &quot;%2&quot;).</source>
        <translation>키체인이 %1의 비밀 값을 지우지 않았습니다. 키체인 프로그램에서 직접 지우세요(서비스 &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>podnet::SetupApplyPage</name>
    <message>
        <source>Applying the plan…</source>
        <translation>변경 계획을 적용하는 중…</translation>
    </message>
    <message>
        <source>Resuming from what is left…</source>
        <translation>남은 작업부터 이어서 진행하는 중…</translation>
    </message>
    <message>
        <source>Taking ownership of the contested fields and resuming…</source>
        <translation>충돌하는 필드의 소유권을 가져와 이어서 진행하는 중…</translation>
    </message>
    <message>
        <source>Cancelling: no new change is started; what is under way finishes.</source>
        <translation>중단하는 중: 새 변경은 시작하지 않고, 진행 중인 변경은 끝까지 마칩니다.</translation>
    </message>
    <message>
        <source>There is no plan yet: go back to the preview.</source>
        <translation>아직 변경 계획이 없습니다. 미리 보기로 돌아가세요.</translation>
    </message>
    <message>
        <source>⏳ Applying… Cancel stops after the changes under way.</source>
        <translation>⏳ 적용하는 중… [실행 중단]을 누르면 진행 중인 변경을 마친 뒤 멈춥니다.</translation>
    </message>
    <message>
        <source>✔ Done: every change is in place and every node is Ready. Next shows the nodes.</source>
        <translation>✔ 완료: 모든 변경이 반영되었고 모든 노드가 Ready입니다. [다음]을 누르면 노드를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>✖ Another field manager owns fields of a kube-router object. Take ownership to apply it anyway, or change the object&apos;s owner first and retry.</source>
        <translation>✖ 다른 필드 매니저가 kube-router 오브젝트의 필드를 소유하고 있습니다. 그래도 적용하려면 소유권을 가져오거나, 먼저 오브젝트의 소유자를 바꾼 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>✖ The run stopped; see the step that failed. Fix what it says, then Retry: what is done is not sent again.</source>
        <translation>✖ 실행이 멈췄습니다. 실패한 단계를 확인하세요. 그 단계에 나온 문제를 해결한 뒤 [다시 시도]를 누르세요. 이미 끝난 작업은 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Apply</source>
        <comment>@title</comment>
        <translation>적용</translation>
    </message>
    <message>
        <source>Both sides in one run: the allowed address pairs, the pod ranges, kube-router, then every node turning Ready.</source>
        <comment>@title</comment>
        <translation>한 번의 실행으로 양쪽을 모두 처리합니다. 허용 주소 쌍 (allowed address pairs), 파드 범위, kube-router를 차례로 적용한 뒤 모든 노드가 Ready가 되기를 기다립니다.</translation>
    </message>
    <message>
        <source>Every change is journaled and can be undone on the last page. Closing the window during the run asks first.</source>
        <translation>모든 변경은 저널에 기록되며 마지막 페이지에서 되돌릴 수 있습니다. 실행 중에 창을 닫으면 먼저 확인을 요청합니다.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <comment>@label</comment>
        <translation>전체 진행 상황</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <comment>@label</comment>
        <translation>실행 단계</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>@label</comment>
        <translation>결과</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <comment>@action:button</comment>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <comment>@action:button</comment>
        <translation>변경 계획 적용</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <comment>@action:button</comment>
        <translation>실행 중단(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <comment>@action:button</comment>
        <translation>실행 중단</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <comment>@action:button</comment>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Resume the run from what is left</source>
        <comment>@action:button</comment>
        <translation>남은 작업부터 실행을 이어서 진행</translation>
    </message>
    <message>
        <source>&amp;Take ownership and retry</source>
        <comment>@action:button</comment>
        <translation>소유권을 가져와 다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Take ownership of the contested fields and resume</source>
        <comment>@action:button</comment>
        <translation>충돌하는 필드의 소유권을 가져와 이어서 진행</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <comment>@label</comment>
        <translation>로그(&amp;L):</translation>
    </message>
    <message>
        <source>Run log</source>
        <comment>@label</comment>
        <translation>실행 로그</translation>
    </message>
    <message>
        <source>C&amp;opy log</source>
        <comment>@action:button</comment>
        <translation>로그 복사(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <comment>@action:button</comment>
        <translation>로그 복사</translation>
    </message>
    <message>
        <source>Show &amp;commands</source>
        <comment>@option:check</comment>
        <translation>명령 보기(&amp;C)</translation>
    </message>
    <message>
        <source>Show the openstack and kubectl commands that do the same</source>
        <translation>같은 작업을 하는 openstack 및 kubectl 명령 보기</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <comment>@label</comment>
        <translation>같은 작업을 하는 명령</translation>
    </message>
</context>
<context>
    <name>podnet::SetupManifestStep</name>
    <message>
        <source>Continuing with kube-router&apos;s objects…</source>
        <translation>kube-router 오브젝트 적용을 이어서 진행하는 중…</translation>
    </message>
    <message>
        <source>Applying kube-router&apos;s objects…</source>
        <translation>kube-router 오브젝트를 적용하는 중…</translation>
    </message>
    <message>
        <source>Applying again, taking ownership of the contested fields…</source>
        <translation>충돌하는 필드의 소유권을 가져와 다시 적용하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n of %1 object(s)</source>
        <translation>
            <numerusform>오브젝트 %1개 중 %n개를 적용한 뒤 취소됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Retry applies kube-router&apos;s objects again; those already applied come back unchanged.</source>
        <translation>취소되었습니다. [다시 시도]를 누르면 kube-router 오브젝트를 다시 적용합니다. 이미 적용한 오브젝트는 &apos;변경 없음&apos;으로 나옵니다.</translation>
    </message>
    <message>
        <source>%1 Retry with force makes the wizard the owner of those fields; Retry tries again as it is.</source>
        <translation>%1 [소유권을 가져와 다시 시도]를 누르면 마법사가 그 필드의 소유자가 됩니다. [다시 시도]를 누르면 그대로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>%1 Fix that, then click Retry: objects already applied are not changed again.</source>
        <translation>%1 이 문제를 해결한 뒤 [다시 시도]를 누르세요. 이미 적용한 오브젝트는 다시 바꾸지 않습니다.</translation>
    </message>
</context>
<context>
    <name>podnet::SetupPlanJob</name>
    <message>
        <source>Neither OpenStack nor Kubernetes is connected, so there is nothing to plan. Go back and connect at least one of them.</source>
        <translation>OpenStack과 Kubernetes 모두 연결되지 않아 계획할 것이 없습니다. 이전으로 돌아가 둘 중 하나 이상에 연결하세요.</translation>
    </message>
    <message>
        <source>OpenStack: the ports could not be read (%1). Check the connection on the OpenStack page, then make the preview again.</source>
        <translation>OpenStack: 포트를 읽을 수 없습니다(%1). OpenStack 페이지에서 연결을 확인한 뒤 미리 보기를 다시 만드세요.</translation>
    </message>
    <message>
        <source>Kubernetes: the nodes could not be read (%1). Check the connection on the Kubernetes page, then make the preview again.</source>
        <translation>Kubernetes: 노드를 읽을 수 없습니다(%1). Kubernetes 페이지에서 연결을 확인한 뒤 미리 보기를 다시 만드세요.</translation>
    </message>
    <message>
        <source>Kubernetes: kube-router&apos;s manifest could not be made. Check the template and the network settings, then make the preview again.</source>
        <translation>Kubernetes: kube-router 매니페스트를 만들 수 없습니다. 템플릿과 네트워크 설정을 확인한 뒤 미리 보기를 다시 만드세요.</translation>
    </message>
    <message>
        <source>Kubernetes: the server&apos;s dry run of kube-router&apos;s objects failed (%1). Check the connection and your permissions, then make the preview again.</source>
        <translation>Kubernetes: 서버에서 kube-router 오브젝트의 시험 실행 (dry run)이 실패했습니다(%1). 연결과 권한을 확인한 뒤 미리 보기를 다시 만드세요.</translation>
    </message>
    <message>
        <source>The cluster CIDR or the service CIDR is not a valid network. Correct them on the Network settings page.</source>
        <translation>클러스터 CIDR 또는 서비스 CIDR이 올바른 네트워크가 아닙니다. 네트워크 설정 페이지에서 고치세요.</translation>
    </message>
</context>
<context>
    <name>podnet::SetupPlanPage</name>
    <message>
        <source>Both sides were skipped, so there is nothing to change. Go back and connect to OpenStack, Kubernetes or both.</source>
        <translation>양쪽을 모두 건너뛰어 바꿀 것이 없습니다. 이전으로 돌아가 OpenStack이나 Kubernetes, 또는 둘 다에 연결하세요.</translation>
    </message>
    <message>
        <source>⏳ Reading the live cloud and cluster…</source>
        <translation>⏳ 현재 클라우드와 클러스터 상태를 읽는 중…</translation>
    </message>
    <message>
        <source>Everything is already in place; Next checks the nodes.</source>
        <translation>모든 것이 이미 반영되어 있습니다. [다음]을 누르면 노드를 점검합니다.</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>@title</comment>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Everything this run will change, read from the live cloud and cluster. Nothing is changed yet.</source>
        <comment>@title</comment>
        <translation>현재 클라우드와 클러스터에서 읽어 온, 이번 실행이 바꿀 모든 내용입니다. 아직 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>+ adds or creates, ~ changes, = is already in place, ! is a problem to fix first. Each tab shows the commands that do the same by hand.</source>
        <translation>+는 추가 또는 생성, ~는 변경, =는 이미 반영됨, !는 먼저 해결해야 할 문제입니다. 각 탭에서 같은 작업을 직접 하는 명령을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <comment>@action:button</comment>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Read the cloud and the cluster again</source>
        <comment>@action:button</comment>
        <translation>클라우드와 클러스터 다시 읽기</translation>
    </message>
    <message>
        <source>Allowed address pairs</source>
        <comment>@title:tab</comment>
        <translation>허용 주소 쌍 (allowed address pairs)</translation>
    </message>
    <message>
        <source>Pod ranges</source>
        <comment>@title:tab</comment>
        <translation>파드 CIDR 범위</translation>
    </message>
    <message>
        <source>kube-router objects</source>
        <comment>@title:tab</comment>
        <translation>kube-router 오브젝트</translation>
    </message>
    <message>
        <source>Rendered manifest</source>
        <comment>@title:tab</comment>
        <translation>완성된 매니페스트</translation>
    </message>
    <message>
        <source>Totals of the whole run</source>
        <comment>@label</comment>
        <translation>전체 실행 합계</translation>
    </message>
</context>
<context>
    <name>podnet::SetupPodRangesStep</name>
    <message>
        <source>Reading the nodes again before changing them…</source>
        <translation>변경하기 전에 노드를 다시 읽는 중…</translation>
    </message>
    <message>
        <source>The nodes could not be read again; nothing was changed.</source>
        <translation>노드를 다시 읽을 수 없습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The nodes could not be read again, so nothing was changed: %1 Check the Kubernetes connection, then click Retry.</source>
        <translation>노드를 다시 읽을 수 없어 아무것도 바꾸지 않았습니다: %1 Kubernetes 연결을 확인한 뒤 [다시 시도]를 누르세요.</translation>
    </message>
    <message>
        <source>Cancelled before any node was changed.</source>
        <translation>노드를 변경하기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>The pod ranges cannot be set as planned; nothing was changed.</source>
        <translation>계획대로 파드 범위를 설정할 수 없습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The nodes changed since the preview and the planned pod ranges no longer fit: %1 Make the preview again.</source>
        <translation>미리 보기 이후 노드가 바뀌어 계획한 파드 범위가 더 이상 맞지 않습니다: %1 미리 보기를 다시 만드세요.</translation>
    </message>
    <message>
        <source>Every node already has its pod range; nothing was sent.</source>
        <translation>모든 노드에 이미 파드 범위가 있습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Setting the pod-range annotations on %n node(s)…</source>
        <translation>
            <numerusform>노드 %n개에 파드 범위 어노테이션을 설정하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every node got its pod range: %1 Fix that, then click Retry: nodes already done are not changed again.</source>
        <translation>일부 노드가 파드 범위를 받지 못했습니다: %1 이 문제를 해결한 뒤 [다시 시도]를 누르세요. 이미 끝난 노드는 다시 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Cancelled. The nodes annotated so far keep their ranges; Retry annotates the rest.</source>
        <translation>취소되었습니다. 지금까지 어노테이션을 추가한 노드는 범위를 그대로 유지합니다. [다시 시도]를 누르면 나머지 노드에 어노테이션을 추가합니다.</translation>
    </message>
</context>
<context>
    <name>podnet::SetupPortsStep</name>
    <message>
        <source>no name</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>port %1 (%2): added %3</source>
        <translation>포트 %1 (%2): %3 추가함</translation>
    </message>
    <message>
        <source>port %1 (%2): already has its pairs</source>
        <translation>포트 %1 (%2): 이미 주소 쌍이 있음</translation>
    </message>
    <message>
        <source>port %1 (%2): skipped: %3</source>
        <translation>포트 %1 (%2): 건너뜀: %3</translation>
    </message>
    <message>
        <source>port %1 (%2): failed: %3</source>
        <translation>포트 %1 (%2): 실패: %3</translation>
    </message>
    <message>
        <source>port %1 (%2): not changed (cancelled)</source>
        <translation>포트 %1 (%2): 변경 안 함 (취소됨)</translation>
    </message>
    <message>
        <source>Reading the ports again before changing them…</source>
        <translation>변경하기 전에 포트를 다시 읽는 중…</translation>
    </message>
    <message>
        <source>Cancelled before any port was changed.</source>
        <translation>포트를 변경하기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>The ports could not be read again; nothing was changed.</source>
        <translation>포트를 다시 읽을 수 없습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The ports could not be read again, so nothing was changed: %1 Check the OpenStack connection, then click Retry.</source>
        <translation>포트를 다시 읽을 수 없어 아무것도 바꾸지 않았습니다: %1 OpenStack 연결을 확인한 뒤 [다시 시도]를 누르세요.</translation>
    </message>
    <message>
        <source>port %1 (%2): no longer exists; skipped</source>
        <translation>포트 %1 (%2): 더 이상 존재하지 않음, 건너뜀</translation>
    </message>
    <message>
        <source>Every selected port already has its pairs; nothing was sent.</source>
        <translation>선택한 모든 포트에 이미 주소 쌍이 있습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed: the run could not be recorded for undo.</source>
        <translation>아무것도 바꾸지 않았습니다. 되돌리기에 필요한 실행 기록을 남길 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed, because the run could not be recorded for undo: %1 Make the folder %2 writable, then click Retry.</source>
        <translation>되돌리기에 필요한 실행 기록을 남길 수 없어 아무것도 바꾸지 않았습니다: %1 %2 폴더에 쓰기 권한을 준 뒤 [다시 시도]를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>Adding the pairs to %n port(s)…</source>
        <translation>
            <numerusform>포트 %n개에 주소 쌍을 추가하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) changed, %1 failed</source>
        <translation>
            <numerusform>포트 %n개 변경됨, %1개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) did not get their pairs. The first: %1 Fix that (an admin may have to allow pairs on the port), then click Retry: only the ports still missing pairs are sent.</source>
        <translation>
            <numerusform>포트 %n개에 주소 쌍을 추가하지 못했습니다. 첫 번째 오류: %1 이 문제를 해결한 뒤(관리자가 그 포트에 주소 쌍을 허용해야 할 수도 있습니다) [다시 시도]를 누르세요. 아직 주소 쌍이 없는 포트만 다시 보냅니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) changed</source>
        <translation>
            <numerusform>포트 %n개 변경됨</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not be written, so this run cannot be fully undone: %1 Make the journal folder writable, then click Retry.</source>
        <translation>저널을 쓸 수 없어 이 실행을 완전히 되돌릴 수 없습니다: %1 저널 폴더에 쓰기 권한을 준 뒤 [다시 시도]를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) changed before the run was cancelled</source>
        <translation>
            <numerusform>실행이 취소되기 전에 포트 %n개 변경됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. The ports changed so far keep their pairs; Retry changes the rest.</source>
        <translation>취소되었습니다. 지금까지 변경한 포트는 주소 쌍을 그대로 유지합니다. [다시 시도]를 누르면 나머지 포트를 변경합니다.</translation>
    </message>
</context>
<context>
    <name>podnet::SetupReadyStep</name>
    <message>
        <source>Waiting until every node is Ready and kube-router runs everywhere…</source>
        <translation>모든 노드가 Ready가 되고 모든 노드에서 kube-router가 실행될 때까지 기다리는 중…</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the nodes; nothing was left half done. Retry waits again.</source>
        <translation>노드를 기다리는 중에 취소되었습니다. 중간에 멈춘 작업은 없습니다. [다시 시도]를 누르면 다시 기다립니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready</source>
        <translation>
            <numerusform>노드 %n개 중 %1개 Ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) Ready; kube-router rolled out</source>
        <translation>
            <numerusform>노드 %n개 중 %1개 Ready, kube-router 롤아웃 완료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not everything was Ready within %n second(s): %1 Fix what the lines below say, then click Retry to wait again.</source>
        <translation>
            <numerusform>%n초 안에 모두 Ready가 되지 않았습니다: %1 아래 줄에 나온 문제를 해결한 뒤 [다시 시도]를 눌러 다시 기다리세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podnet::SetupRun</name>
    <message>
        <source>OpenStack is not part of this run</source>
        <translation>OpenStack은 이번 실행에 포함되지 않음</translation>
    </message>
    <message>
        <source>every selected port already has its pairs</source>
        <translation>선택한 모든 포트에 이미 주소 쌍이 있음</translation>
    </message>
    <message>
        <source>Kubernetes is not part of this run</source>
        <translation>Kubernetes는 이번 실행에 포함되지 않음</translation>
    </message>
    <message>
        <source>every node already has its pod range</source>
        <translation>모든 노드에 이미 파드 범위가 있음</translation>
    </message>
    <message>
        <source>there is no manifest to apply</source>
        <translation>적용할 매니페스트가 없음</translation>
    </message>
    <message>
        <source>kube-router&apos;s objects are already as the manifest says</source>
        <translation>kube-router 오브젝트가 이미 매니페스트와 같음</translation>
    </message>
    <message>
        <source>Cancelled before this step started. Retry continues from here.</source>
        <translation>이 단계를 시작하기 전에 취소되었습니다. [다시 시도]를 누르면 여기서부터 계속합니다.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>건너뜀: %1.</translation>
    </message>
    <message>
        <source>%1: skipped (%2)</source>
        <translation>%1: 건너뜀 (%2)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is started; what is under way finishes first…</source>
        <translation>중단하는 중: 새 작업은 시작하지 않고, 진행 중인 작업을 먼저 마칩니다…</translation>
    </message>
    <message>
        <source>Retrying from %1.</source>
        <translation>%1부터 다시 시도합니다.</translation>
    </message>
</context>
<context>
    <name>podnet::SetupStepRows</name>
    <message>
        <source>Progress of %1</source>
        <comment>@label</comment>
        <translation>%1 진행 상황</translation>
    </message>
</context>
<context>
    <name>podnet::SetupUndoJob</name>
    <message>
        <source>kube-router&apos;s objects</source>
        <translation>kube-router 오브젝트</translation>
    </message>
    <message>
        <source>Pod ranges</source>
        <translation>파드 CIDR 범위</translation>
    </message>
    <message>
        <source>Allowed address pairs</source>
        <translation>허용 주소 쌍 (allowed address pairs)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>되돌릴 것 없음</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>The pair journal of this run cannot be read, so its pairs cannot be removed from here: %1</source>
        <translation>이 실행의 주소 쌍 기록(journal)을 읽을 수 없어 여기서 주소 쌍을 제거할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The ports could not be read: %1 Check the OpenStack connection, then preview the undo again.</source>
        <translation>포트를 읽을 수 없습니다: %1 OpenStack 연결을 확인한 다음 되돌리기를 다시 미리 보세요.</translation>
    </message>
    <message>
        <source>There is no Kubernetes connection. Connect to the cluster first.</source>
        <translation>Kubernetes 연결이 없습니다. 먼저 클러스터에 연결하세요.</translation>
    </message>
    <message>
        <source>The pod-range journal of this run cannot be read, so its annotations cannot be removed from here: %1</source>
        <translation>이 실행의 파드 CIDR 기록(journal)을 읽을 수 없어 여기서 어노테이션을 제거할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>kept (tick &quot;also remove kube-router&apos;s objects&quot; to delete them)</source>
        <translation>유지합니다 (삭제하려면 &quot;kube-router 오브젝트도 제거&quot;를 선택하세요)</translation>
    </message>
    <message>
        <source>the run installed none</source>
        <translation>이 실행이 설치한 것이 없습니다</translation>
    </message>
    <message>
        <source>the run changed no node</source>
        <translation>이 실행이 바꾼 노드가 없습니다</translation>
    </message>
    <message>
        <source>node/%1: remove %2</source>
        <translation>node/%1: %2 제거</translation>
    </message>
    <message>
        <source>the run added no pair</source>
        <translation>이 실행이 추가한 주소 쌍이 없습니다</translation>
    </message>
    <message>
        <source>%1 Check the permission to delete these objects, then undo again.</source>
        <translation>%1 이 오브젝트를 삭제할 권한을 확인한 다음 다시 되돌리세요.</translation>
    </message>
    <message>
        <source>Some nodes could not be restored; see the lines above. Fix the cause, then undo again.</source>
        <translation>일부 노드를 되돌리지 못했습니다. 위 내용을 확인하고 원인을 해결한 다음 다시 되돌리세요.</translation>
    </message>
    <message>
        <source>Nothing was removed from the ports, because the undo could not be recorded: %1 Make %2 writable, then undo again.</source>
        <translation>되돌리기를 기록할 수 없어 포트에서 아무것도 제거하지 않았습니다: %1 %2에 쓰기 권한을 준 다음 다시 되돌리세요.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>port %1: removed %2</source>
        <translation>포트 %1: %2 제거함</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>포트 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) could not be changed; see the lines above. Fix the cause, then undo again.</source>
        <translation>
            <numerusform>포트 %n개를 바꾸지 못했습니다. 위 내용을 확인하고 원인을 해결한 다음 다시 되돌리세요.</numerusform>
        </translation>
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
    <name>podnet::WelcomeModeBox</name>
    <message>
        <source>Starting the demo cloud…</source>
        <comment>@info:status</comment>
        <translation>데모 클라우드를 시작하는 중…</translation>
    </message>
    <message>
        <source>The demo cloud is ready: a lab like the tutorial&apos;s, with three workers on this computer. Press Next: the following pages are filled in for you.</source>
        <comment>@info:status</comment>
        <translation>데모 클라우드가 준비되었습니다. 실습과 같은 환경이 워커 노드 3개와 함께 이 컴퓨터에서 실행됩니다. [다음]을 누르세요. 이어지는 페이지는 자동으로 채워집니다.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <comment>@title:group</comment>
        <translation>어떻게 시작할까요?</translation>
    </message>
    <message>
        <source>Use &amp;my cloud</source>
        <comment>@option:radio</comment>
        <translation>내 클라우드 사용(&amp;M)</translation>
    </message>
    <message>
        <source>Use my cloud</source>
        <comment>@option:radio</comment>
        <translation>내 클라우드 사용</translation>
    </message>
    <message>
        <source>Sign in to your own OpenStack project and Kubernetes cluster.</source>
        <comment>@info:tooltip</comment>
        <translation>내 OpenStack 프로젝트와 Kubernetes 클러스터에 로그인합니다.</translation>
    </message>
    <message>
        <source>Try it without a cloud (&amp;demo)</source>
        <comment>@option:radio</comment>
        <translation>클라우드 없이 체험하기 (데모)(&amp;D)</translation>
    </message>
    <message>
        <source>Try it without a cloud (demo)</source>
        <comment>@option:radio</comment>
        <translation>클라우드 없이 체험하기 (데모)</translation>
    </message>
    <message>
        <source>Starts a built-in OpenStack cloud and Kubernetes cluster on this computer. Nothing real is changed.</source>
        <comment>@info:tooltip</comment>
        <translation>이 컴퓨터에서 내장 OpenStack 클라우드와 Kubernetes 클러스터를 시작합니다. 실제 환경은 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Demo status</source>
        <comment>@label</comment>
        <translation>데모 상태</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <comment>@action:button</comment>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Start the demo cloud again</source>
        <comment>@action:button</comment>
        <translation>데모 클라우드 다시 시작</translation>
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
    <message>
        <source>&lt;p&gt;Pods on different nodes cannot talk to each other until the network routes their traffic. This wizard does the tutorial&apos;s &quot;Pod network routing&quot; chapter for you, step by step, and shows every change before it is made.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in to OpenStack and to the Kubernetes API server (either side can be skipped).&lt;/li&gt;&lt;li&gt;Enter the API server address and the cluster&apos;s CIDR ranges, and choose kube-router&apos;s manifest.&lt;/li&gt;&lt;li&gt;Check the cluster, then preview the allowed address pairs for each port and the manifest.&lt;/li&gt;&lt;li&gt;Apply both (and, if a node has no pod range, give it one), and undo if needed.&lt;/li&gt;&lt;li&gt;Watch every node turn Ready, and see why one is not.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;네트워크가 트래픽을 라우팅해 주기 전에는 서로 다른 노드의 파드끼리 통신할 수 없습니다. 이 마법사는 실습의 &quot;Pod Network 라우팅 구성&quot; 장을 단계별로 대신 진행하며, 무엇이 바뀌는지 바꾸기 전에 모두 보여 줍니다.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;OpenStack과 Kubernetes API 서버에 로그인합니다(한쪽은 건너뛸 수 있습니다).&lt;/li&gt;&lt;li&gt;API 서버 주소와 클러스터의 CIDR 범위를 입력하고 kube-router 매니페스트를 고릅니다.&lt;/li&gt;&lt;li&gt;클러스터를 점검한 다음, 포트마다 추가할 허용 주소 쌍(allowed address pairs)과 매니페스트를 미리 봅니다.&lt;/li&gt;&lt;li&gt;둘 다 적용하고(파드 CIDR 범위가 없는 노드에는 범위를 정해 주고), 필요하면 되돌립니다.&lt;/li&gt;&lt;li&gt;모든 노드가 Ready가 되는 것을 지켜보고, Ready가 아닌 노드는 그 이유를 확인합니다.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>podnet::WelcomeProfileBox</name>
    <message>
        <source>Save the settings as a profile</source>
        <translation>설정을 프로필로 저장</translation>
    </message>
    <message>
        <source>Load a profile</source>
        <translation>프로필 불러오기</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation>프로필 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>This profile cannot be used; nothing was changed. Correct it and load it again:
%1</source>
        <translation>이 프로필은 사용할 수 없습니다. 아무것도 바꾸지 않았습니다. 프로필을 고친 뒤 다시 불러오세요:
%1</translation>
    </message>
    <message>
        <source>Loaded the profile %1. The following pages show its values; enter the password or token there.</source>
        <translation>프로필 %1을(를) 불러왔습니다. 이어지는 페이지에 프로필의 값이 표시됩니다. 비밀번호나 토큰은 그 페이지에서 입력하세요.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; was not found in your clouds.yaml: choose the credentials on the OpenStack page.</source>
        <translation>clouds.yaml에서 클라우드 &quot;%1&quot;을(를) 찾을 수 없습니다. OpenStack 페이지에서 자격 증명을 선택하세요.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 cannot be used (%2): choose the cluster on the Kubernetes page.</source>
        <translation>kubeconfig %1을(를) 사용할 수 없습니다(%2). Kubernetes 페이지에서 클러스터를 선택하세요.</translation>
    </message>
    <message>
        <source>Saved the settings to %1 (without passwords or tokens).</source>
        <translation>설정을 %1에 저장했습니다(비밀번호와 토큰은 제외).</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>&amp;Load profile…</source>
        <comment>@action:button</comment>
        <translation>프로필 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>Load profile</source>
        <comment>@action:button</comment>
        <translation>프로필 불러오기</translation>
    </message>
    <message>
        <source>Fills in the settings from a profile file, for example one your instructor gave you.</source>
        <comment>@info:tooltip</comment>
        <translation>프로필 파일(예: 강사가 준 파일)의 값으로 설정을 채웁니다.</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile…</source>
        <comment>@action:button</comment>
        <translation>프로필 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <comment>@action:button</comment>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <source>Saves the settings so far (never passwords or tokens) to a file.</source>
        <comment>@info:tooltip</comment>
        <translation>지금까지의 설정을 파일에 저장합니다(비밀번호와 토큰은 절대 저장하지 않습니다).</translation>
    </message>
    <message>
        <source>Profile message</source>
        <comment>@label</comment>
        <translation>프로필 메시지</translation>
    </message>
</context>
</TS>
