# tests/integration/stacks/team_vpcs.sh: VPCs made outside terrace, one per
# team and tagged Team=TEAM, for the tests whose lookups find them (t1670,
# t1671), once. Sourced after lib.sh, with moto in use:
#
#   team_vpcs N TEAM...        one VPC per TEAM, 10.N1.0.0/16 for the first,
#                              10.N2.0.0/16 for the next, ...; its id in the
#                              file vpc_TEAM; a failure fails the setup
team_vpcs () {
	local n=$1 i=0 team
	shift
	for team in "$@"; do
		i=$((i + 1))
		s3 ec2 create-vpc --cidr-block "10.$n$i.0.0/16" --output text --query Vpc.VpcId \
			--tag-specifications "ResourceType=vpc,Tags=[{Key=Team,Value=$team}]" \
			>"vpc_$team" || test_fail_setup "create-vpc of team $team failed"
	done
}
