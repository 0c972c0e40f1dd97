import {
  to = awscc_gamelift_matchmaking_rule_set.example
  identity = {
    name = "name"
  }
}
