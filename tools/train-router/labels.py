"""Label space shared by the data builders, the trainer and the exported config.json.

TASK_TYPES mirrors the TaskType enum in shared/decision.ts (same order). The model emits one logits vector:
[13 task logits ..., weak logit, strong logit]; the runtime softmaxes each group on its own.
"""
import re

TASK_TYPES = [
    "chitchat", "arithmetic", "translation", "classification", "summarization", "extraction", "rewriting",
    "qa", "creative", "code", "math", "reasoning", "other",
]
STRONG_LABELS = ["weak", "strong"]
TASK_INDEX = {t: i for i, t in enumerate(TASK_TYPES)}

_CODE = re.compile(
    r"```|\bdef \w+\(|\bfunction\b|\bpython\b|\bjavascript\b|\btypescript\b|\bjava\b|\bc\+\+|\bc#|\brust\b|"
    r"\bgolang\b|\bsql\b|\bregex\b|\bbash\b|\bscript\b|\bcode\b|\bprogram\b|\bcompile|\bapi\b|\bhtml\b|\bcss\b|"
    r"\breact\b|\bdocker|\bkubernetes\b|\bgit\b|\bnpm\b|\bpandas\b|\bnumpy\b|\bclass \w+|\bimport \w+|\bvba\b|"
    r"\bexcel formula\b|\bpowershell\b|\bunity\b|\bgodot\b|\bflask\b|\bdjango\b|\blinux command\b|\bmatlab\b")
_TRANSLATE = re.compile(r"\btranslat|\bhow do (you|i) say\b|\bin (french|spanish|german|italian|japanese|chinese)\b")
_SUMMARY = re.compile(r"\bsummar|\btl;?dr\b|\bin one sentence\b|\bkey points\b|\bgist\b")
_EXTRACT = re.compile(r"\bextract|\bpull out\b|\blist (all )?the (names|dates|entities)|\bfind all the\b")
_REWRITE = re.compile(r"\brewrite|\brephrase|\bparaphrase|\bproofread|\bfix (the )?(grammar|typo|spelling)|"
                      r"\bmake (it|this) (more|less|sound)|\bcorrect (the|this)|\bedit (this|the)\b")
_CLASSIFY = re.compile(r"\bclassif|\bcategori[sz]e|\bpositive or negative\b|\bsentiment\b|\bwhich category\b|"
                       r"\bis this (email|message|review|comment)\b|\bspam\b|\blabel (each|the|this)\b")
_CREATIVE = re.compile(r"\bpoem\b|\bstory\b|\bsong\b|\blyrics\b|\bhaiku\b|\blimerick\b|\bfiction|\bnovel\b|"
                       r"\brap\b|\bscreenplay\b|\bscript for a\b|\bslogan\b|\bjoke\b|\broleplay|\bpretend\b|"
                       r"\bimagine\b|\bsonnet\b|\bcharacter\b|\bwrite a (letter|speech|tweet|blog)")
_MATH = re.compile(r"\bprove\b|\bproof\b|\bintegral\b|\bderivative\b|\bequation\b|\btheorem\b|\bprobability\b|"
                   r"\bmatrix\b|\bpolynomial\b|\bsolve for\b|\bprime\b|\bgeometry\b|\btriangle\b|\bcalculus\b|"
                   r"\blimit of\b|\bx\^|\bsum of\b|\bexpected value\b")
_REASON = re.compile(r"\bpuzzle\b|\briddle\b|\blogic\b|\bstep by step\b|\bcompare\b|\btrade-?offs?\b|\banaly[sz]e\b|"
                     r"\bdesign (a|an)\b|\bstrategy\b|\bplan\b|\bevaluate\b|\bpros and cons\b|\bargue\b|"
                     r"\bwhat would happen if\b|\bestimate how many\b")
_CHAT = re.compile(r"^(hi|hello|hey|thanks|thank you|good (morning|night|evening)|bye|how are you)\b")
_QUESTION = re.compile(r"\?\s*$|^(what|who|when|where|why|how|which|is|are|can|do|does|should)\b")


def guess_task(text):
    """Keyword heuristic for unlabelled real prompts; order puts the most specific cues first."""
    t = text.lower().strip()
    if _CHAT.search(t) and len(t) < 40:
        return "chitchat"
    for pattern, task in ((_TRANSLATE, "translation"), (_CODE, "code"), (_SUMMARY, "summarization"),
                          (_EXTRACT, "extraction"), (_REWRITE, "rewriting"), (_CLASSIFY, "classification"),
                          (_MATH, "math"), (_CREATIVE, "creative"), (_REASON, "reasoning")):
        if pattern.search(t):
            return task
    if _QUESTION.search(t):
        return "qa"
    return "other"
