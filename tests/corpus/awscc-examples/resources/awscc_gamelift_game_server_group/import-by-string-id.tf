import {
  to = awscc_gamelift_game_server_group.example
  id = "game_server_group_arn"
}