import {
  to = awscc_iottwinmaker_scene.example
  id = "workspace_id|scene_id"
}