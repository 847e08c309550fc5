# Values only a shell could work out are not imported.
export OS_AUTH_URL=https://keystone.example:5000/v3
export OS_USERNAME=alice
export OS_PASSWORD=$(pass show openstack/alice)
export OS_PROJECT_NAME=`cat ~/.project`
export OS_REGION_NAME="${REGION:-RegionOne}"
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_CACERT="$HOME/ca.pem"
export OS_INTERFACE="public
