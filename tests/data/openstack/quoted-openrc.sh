# Written by hand, with CRLF line ends.
export OS_AUTH_URL='https://keystone.example:5000/v3'   # single quotes
export OS_USERNAME="bob smith"
OS_PASSWORD='pa$$word with "quotes"'
export OS_TENANT_NAME=demo
export OS_PROJECT_DOMAIN_NAME=Default; export OS_IGNORED_AFTER_SEMICOLON=1
  export OS_USER_DOMAIN_NAME=Default
#export OS_REGION_NAME=commented-out
export OS_REGION_NAME=Region\ One
export OS_ENDPOINT_TYPE=adminURL
export OS_CACERT="/etc/ssl/certs/lab ca.pem"
export OS_INSECURE=false
export OS_CLOUD=lab
export OS_EMPTY=
