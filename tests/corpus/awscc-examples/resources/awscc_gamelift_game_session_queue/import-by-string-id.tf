import {
  to = awscc_gamelift_game_session_queue.example
  id = "name"
}