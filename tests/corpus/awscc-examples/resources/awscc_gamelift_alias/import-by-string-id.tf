import {
  to = awscc_gamelift_alias.example
  id = "alias_id"
}