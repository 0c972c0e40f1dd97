import {
  to = awscc_gamelift_game_server_group.example
  identity = {
    game_server_group_arn = "game_server_group_arn"
  }
}
