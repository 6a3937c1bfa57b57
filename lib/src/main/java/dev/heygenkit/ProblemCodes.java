package dev.heygenkit;

/**
 * Every code a preflight problem can carry, in one place: pass them to {@code spec.ignore(...)} to turn a check that
 * does not fit your account into a warning, e.g. {@code spec.ignore(ProblemCodes.VOICE_GENDER_MISMATCH)}.
 * {@link PreflightException.Problem#code()} is one of these.
 */
public final class ProblemCodes {
    /** The aspect ratio is not one the mode takes. */
    public static final String ASPECT_RATIO_INVALID = "aspect_ratio_invalid";
    /** Inline base64 media lacks its media type or data. */
    public static final String ASSET_BASE64_INVALID = "asset_base64_invalid";
    /** An asset id is empty. */
    public static final String ASSET_ID_MISSING = "asset_id_missing";
    /** More than one audio source (script, audio URL, audio asset) is set. */
    public static final String AUDIO_CONFLICT = "audio_conflict";
    /** A presenter has nothing to say: no script and no audio. */
    public static final String AUDIO_MISSING = "audio_missing";
    /** A look id is empty. */
    public static final String AVATAR_ID_MISSING = "avatar_id_missing";
    /** A new avatar has no name. */
    public static final String AVATAR_NAME_MISSING = "avatar_name_missing";
    /** A prompt avatar's description is empty. */
    public static final String AVATAR_PROMPT_EMPTY = "avatar_prompt_empty";
    /** A prompt avatar's description is over 1,000 characters. */
    public static final String AVATAR_PROMPT_TOO_LONG = "avatar_prompt_too_long";
    /** A background colour is not written as {@code #RRGGBB}. */
    public static final String BACKGROUND_COLOR_INVALID = "background_color_invalid";
    /** An image background has neither or both of URL and asset id. */
    public static final String BACKGROUND_IMAGE_INVALID = "background_image_invalid";
    /** The callback URL is not an absolute http(s) URL. */
    public static final String CALLBACK_URL_INVALID = "callback_url_invalid";
    /** The caption file format is not {@code srt}. */
    public static final String CAPTION_FORMAT_INVALID = "caption_format_invalid";
    /** The caption style is not {@code default}. */
    public static final String CAPTION_STYLE_INVALID = "caption_style_invalid";
    /** A cinematic clip has both a duration and auto duration. */
    public static final String CINEMATIC_DURATION_CONFLICT = "cinematic_duration_conflict";
    /** A cinematic duration is outside 4–15 s. */
    public static final String CINEMATIC_DURATION_RANGE = "cinematic_duration_range";
    /** A cinematic duration is not a whole number of seconds. */
    public static final String CINEMATIC_DURATION_WHOLE = "cinematic_duration_whole";
    /** A cinematic clip has fewer than 1 or more than 3 looks. */
    public static final String CINEMATIC_LOOKS_COUNT = "cinematic_looks_count";
    /** The cinematic prompt is empty. */
    public static final String CINEMATIC_PROMPT_EMPTY = "cinematic_prompt_empty";
    /** A cinematic clip has more than 9 images or 3 videos as references. */
    public static final String CINEMATIC_REFERENCES_TOO_MANY = "cinematic_references_too_many";
    /** A clip scene's volume is outside 0–1. */
    public static final String CLIP_VOLUME_RANGE = "clip_volume_range";
    /** The remaining credit looks too low for what is about to be spent (an estimate; ignore it if you know better). */
    public static final String CREDIT_INSUFFICIENT = "credit_insufficient";
    /** The batch data has no header or no rows. */
    public static final String DATA_EMPTY = "data_empty";
    /** The batch data file does not exist. */
    public static final String DATA_FILE_MISSING = "data_file_missing";
    /** The header has an unnamed or duplicate column, or the wrong separator. */
    public static final String DATA_HEADER_INVALID = "data_header_invalid";
    /** The CSV cannot be parsed (usually an unclosed quote). */
    public static final String DATA_MALFORMED = "data_malformed";
    /** The batch data file is not UTF-8 text. */
    public static final String DATA_NOT_UTF8 = "data_not_utf8";
    /** A data row is empty. */
    public static final String DATA_ROW_EMPTY = "data_row_empty";
    /** A data row has more filled cells than the header has columns. */
    public static final String DATA_ROW_INVALID = "data_row_invalid";
    /** The batch data file cannot be read. */
    public static final String DATA_UNREADABLE = "data_unreadable";
    /** The avatar engine is not one the kit knows. */
    public static final String ENGINE_INVALID = "engine_invalid";
    /** A photo was given an engine (photos are always Avatar IV). */
    public static final String ENGINE_NOT_FOR_PHOTO = "engine_not_for_photo";
    /** The look does not support the chosen engine. */
    public static final String ENGINE_UNSUPPORTED = "engine_unsupported";
    /** Expressiveness was set with an engine that rejects it (Avatar V or III). */
    public static final String EXPRESSIVENESS_ENGINE = "expressiveness_engine";
    /** Expressiveness is not high, medium or low. */
    public static final String EXPRESSIVENESS_INVALID = "expressiveness_invalid";
    /** Expressiveness was set on a video avatar look (photo avatars only). */
    public static final String EXPRESSIVENESS_VIDEO_AVATAR = "expressiveness_video_avatar";
    /** A local file is empty. */
    public static final String FILE_EMPTY = "file_empty";
    /** A local file does not exist. */
    public static final String FILE_MISSING = "file_missing";
    /** The file name pattern leaves no usable name for a row. */
    public static final String FILE_NAME_INVALID = "file_name_invalid";
    /** Two rows would download to the same file name. */
    public static final String FILE_NAME_TAKEN = "file_name_taken";
    /** A local audio file is not MP3 or WAV. */
    public static final String FILE_NOT_AUDIO = "file_not_audio";
    /** A local image file is not PNG or JPEG. */
    public static final String FILE_NOT_IMAGE = "file_not_image";
    /** A local video file is not MP4 or WebM. */
    public static final String FILE_NOT_VIDEO = "file_not_video";
    /** A local file is over the 32 MB upload limit. */
    public static final String FILE_TOO_LARGE = "file_too_large";
    /** A local file is a directory or cannot be read. */
    public static final String FILE_UNREADABLE = "file_unreadable";
    /** A local reference file is not an image, audio or video format the API takes. */
    public static final String FILE_UNSUPPORTED = "file_unsupported";
    /** The fit is not contain or cover. */
    public static final String FIT_INVALID = "fit_invalid";
    /** The id is an avatar group, not a look. */
    public static final String LOOK_IS_GROUP = "look_is_group";
    /** No look has this id. */
    public static final String LOOK_NOT_FOUND = "look_not_found";
    /** The look is still training or failed. */
    public static final String LOOK_NOT_READY = "look_not_ready";
    /** The motion prompt is blank. */
    public static final String MOTION_PROMPT_EMPTY = "motion_prompt_empty";
    /** A motion prompt was set with Avatar III, which rejects it. */
    public static final String MOTION_PROMPT_ENGINE = "motion_prompt_engine";
    /** A motion prompt was set on a video avatar look without Avatar V. */
    public static final String MOTION_PROMPT_VIDEO_AVATAR = "motion_prompt_video_avatar";
    /** A number is NaN or infinite, which no JSON field takes. */
    public static final String NUMBER_NOT_FINITE = "number_not_finite";
    /** The output format is not mp4 or webm. */
    public static final String OUTPUT_FORMAT_INVALID = "output_format_invalid";
    /** A pause tag is malformed or its duration is out of range. */
    public static final String PAUSE_INVALID = "pause_invalid";
    /** An image-mode video has no photo. */
    public static final String PHOTO_MISSING = "photo_missing";
    /** A photo is smaller than 512×512 (a warning: it animates poorly). */
    public static final String PHOTO_TOO_SMALL = "photo_too_small";
    /** A photo for a new avatar cannot be decoded as a picture (truncated or damaged). */
    public static final String PHOTO_UNDECODABLE = "photo_undecodable";
    /** A double-brace placeholder fills in an empty cell (a warning). */
    public static final String PLACEHOLDER_EMPTY = "placeholder_empty";
    /** A double-brace placeholder names no column of the data. */
    public static final String PLACEHOLDER_UNKNOWN = "placeholder_unknown";
    /** A reference look was set with an engine other than Avatar V. */
    public static final String REFERENCE_LOOK_ENGINE = "reference_look_engine";
    /** The reference look id is empty. */
    public static final String REFERENCE_LOOK_MISSING = "reference_look_missing";
    /** Background removal was asked for on a photo avatar. */
    public static final String REMOVE_BACKGROUND_PHOTO = "remove_background_photo";
    /** 4K was asked for on a photo avatar. */
    public static final String RESOLUTION_4K_PHOTO_AVATAR = "resolution_4k_photo_avatar";
    /** The resolution is not one the mode takes. */
    public static final String RESOLUTION_INVALID = "resolution_invalid";
    /** A row already submitted in this output folder now makes a different request. */
    public static final String ROW_CHANGED = "row_changed";
    /** A studio video has no scenes. */
    public static final String SCENES_EMPTY = "scenes_empty";
    /** A studio video has more than 50 scenes. */
    public static final String SCENES_TOO_MANY = "scenes_too_many";
    /** A still scene's hold is outside 0–300 s. */
    public static final String SCENE_DURATION_RANGE = "scene_duration_range";
    /** A still scene is both held silently and narrated. */
    public static final String SCENE_HOLD_AND_AUDIO = "scene_hold_and_audio";
    /** An avatar scene has no look or photo. */
    public static final String SCENE_INPUT_MISSING = "scene_input_missing";
    /** A scene was given an option that applies to the whole video or not to scenes. */
    public static final String SCENE_OPTION_UNSUPPORTED = "scene_option_unsupported";
    /** A still or clip scene has no media. */
    public static final String SCENE_SOURCE_MISSING = "scene_source_missing";
    /** A pause tag is not written as {@code <break time="1.5s"/>}. */
    public static final String SCRIPT_BREAK_MALFORMED = "script_break_malformed";
    /** A pause tag is not surrounded by spaces (a warning). */
    public static final String SCRIPT_BREAK_SPACING = "script_break_spacing";
    /** A pause duration lacks its unit or uses one other than s or ms. */
    public static final String SCRIPT_BREAK_UNIT = "script_break_unit";
    /** A script is empty or only pauses. */
    public static final String SCRIPT_EMPTY = "script_empty";
    /** A script is over 500 characters (a warning: smaller plans reject it). */
    public static final String SCRIPT_LONG = "script_long";
    /** A script contains an SSML tag other than break. */
    public static final String SCRIPT_TAG_UNSUPPORTED = "script_tag_unsupported";
    /** A script is over 5,000 characters. */
    public static final String SCRIPT_TOO_LONG = "script_too_long";
    /** The template id is empty. */
    public static final String TEMPLATE_ID_MISSING = "template_id_missing";
    /** No template has this id. */
    public static final String TEMPLATE_NOT_FOUND = "template_not_found";
    /** The template declares a variable the request does not fill. */
    public static final String TEMPLATE_VARIABLE_MISSING = "template_variable_missing";
    /** A template variable is given a value of the wrong kind. */
    public static final String TEMPLATE_VARIABLE_TYPE = "template_variable_type";
    /** The request fills a variable the template does not declare. */
    public static final String TEMPLATE_VARIABLE_UNKNOWN = "template_variable_unknown";
    /** A media URL is not a public http(s) URL. */
    public static final String URL_INVALID = "url_invalid";
    /** The look has no default voice, so one must be given. */
    public static final String VOICE_DEFAULT_MISSING = "voice_default_missing";
    /** A voice design has an empty prompt or a negative seed. */
    public static final String VOICE_DESIGN_INVALID = "voice_design_invalid";
    /** Engine tunables (stability, similarity, style, speaker boost) were set without an engine. */
    public static final String VOICE_ENGINE_MISSING = "voice_engine_missing";
    /** The voice-engine model is not one the engine offers. */
    public static final String VOICE_ENGINE_MODEL = "voice_engine_model";
    /** A tunable was set that the chosen voice engine does not take. */
    public static final String VOICE_ENGINE_OPTION = "voice_engine_option";
    /** A voice-engine tunable is outside 0–1. */
    public static final String VOICE_ENGINE_RANGE = "voice_engine_range";
    /** The voice's gender differs from the look's (a warning). */
    public static final String VOICE_GENDER_MISMATCH = "voice_gender_mismatch";
    /** A voice id is empty. */
    public static final String VOICE_ID_MISSING = "voice_id_missing";
    /** A voice locale is not a BCP-47 tag. */
    public static final String VOICE_LOCALE_INVALID = "voice_locale_invalid";
    /** A photo or narrated still speaks a script without a voice. */
    public static final String VOICE_MISSING = "voice_missing";
    /** A voice clone has no name. */
    public static final String VOICE_NAME_MISSING = "voice_name_missing";
    /** No voice has this id. */
    public static final String VOICE_NOT_FOUND = "voice_not_found";
    /** The voice is not ready to use. */
    public static final String VOICE_NOT_READY = "voice_not_ready";
    /** The voice's engine ignores pause tags (a warning). */
    public static final String VOICE_PAUSES_UNSUPPORTED = "voice_pauses_unsupported";
    /** Voice pitch is outside -50–50 semitones. */
    public static final String VOICE_PITCH_RANGE = "voice_pitch_range";
    /** Voice speed is outside 0.5–1.5. */
    public static final String VOICE_SPEED_RANGE = "voice_speed_range";
    /** A voice or its settings are ignored because recorded audio is used (a warning). */
    public static final String VOICE_UNUSED = "voice_unused";
    /** Voice volume is outside 0–1. */
    public static final String VOICE_VOLUME_RANGE = "voice_volume_range";
    /** The watermark has no image. */
    public static final String WATERMARK_IMAGE_MISSING = "watermark_image_missing";
    /** A watermark offset is outside -1–1. */
    public static final String WATERMARK_OFFSET_RANGE = "watermark_offset_range";
    /** Watermark opacity is outside 0–1. */
    public static final String WATERMARK_OPACITY_RANGE = "watermark_opacity_range";
    /** The watermark position is not a corner. */
    public static final String WATERMARK_POSITION_INVALID = "watermark_position_invalid";
    /** Watermark scale is not above 0. */
    public static final String WATERMARK_SCALE_RANGE = "watermark_scale_range";
    /** A transparent (webm) video was given a background. */
    public static final String WEBM_WITH_BACKGROUND = "webm_with_background";

    private ProblemCodes() {
    }
}
