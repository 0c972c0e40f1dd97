import {
  to = awscc_iottwinmaker_scene.example
  identity = {
    workspace_id = "workspace_id"
    scene_id     = "scene_id"
  }
}
