import {
  to = awscc_detective_member_invitation.example
  id = "graph_arn|member_id"
}