import {
  to = awscc_gamelift_matchmaking_configuration.example
  id = "name"
}