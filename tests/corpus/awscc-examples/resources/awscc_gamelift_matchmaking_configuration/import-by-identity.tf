import {
  to = awscc_gamelift_matchmaking_configuration.example
  identity = {
    name = "name"
  }
}
