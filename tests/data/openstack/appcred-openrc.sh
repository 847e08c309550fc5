# An application credential, as the dashboard offers for download.
export OS_AUTH_TYPE=v3applicationcredential
export OS_AUTH_URL=https://keystone.example:5000/v3
export OS_IDENTITY_API_VERSION=3
export OS_REGION_NAME="RegionOne"
export OS_INTERFACE=public
export OS_APPLICATION_CREDENTIAL_ID=21dced0fd20347869b93710d2b98aae0
export OS_APPLICATION_CREDENTIAL_SECRET=app-secret
