import {
  to = awscc_ivschat_room.example
  id = "arn"
}